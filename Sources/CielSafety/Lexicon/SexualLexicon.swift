extension BuiltinLexicon {
    /// Sexual content and nudity.
    static let sexual = """
    @block sexual explicit_term
    # English
    porn, porno, pornography, pornographic, pr0n, p0rn, xxx, nsfw, hentai, rule34, rule 34, smut, smutty
    sex, sexual intercourse, having sex, have sex, sex scene, sex tape, sextape, sexting, sexual act, sex act
    sexually explicit, explicit sex, softcore, erotic, erotica, erotically, eroticism, orgasm, orgasms
    orgasming, orgy, orgies, threesome, gangbang, gang bang, bukkake, creampie, cumshot, cum shot, cum
    cumming, jizz, semen, ejaculate, ejaculating, ejaculation, masturbate, masturbates, masturbating, masturbation
    jerking off, jerk off, jacking off, wank, wanking, wanker, handjob, hand job, blowjob, blow job, blowjobs
    fellatio, cunnilingus, rimjob, deepthroat, deep throat, anal sex, anal, butt sex, doggy style, doggystyle
    missionary position, 69 position, fingering herself, fingering himself, fisting
    penetrating her, intercourse, copulate, copulating, copulation, coitus, fornicate
    fornicating, fuck, fucks, fucked, fucking, fuk, phuck, screwing her, screwing him, shagging, bonking
    humping, dry humping, boning her, making love, make love, lovemaking, sleeping together naked
    penis, penises, dick, dicks, schlong, phallus, erect penis, boner, hard on, testicles
    scrotum, balls out, vagina, vaginas, vulva, labia, clitoris, clit, pussy, pussies, cunt, twat
    tits, titties, titty, boobs, boobies, nipple, nipples, areola, areolas, breasts exposed
    bare breasts, bare breasted, bare chested woman, exposed breasts, naked breasts, big breasts, huge breasts
    ass naked, bare ass, bare butt, bare bottom, anus, genitals, genitalia, private parts
    crotch shot, upskirt, downblouse, camel toe, cameltoe, nip slip, wardrobe malfunction
    stripper, strippers, striptease, strip tease, stripping naked, strip club, pole dancer, lap dance, lapdance
    escort service, prostitute, prostitutes, prostitution, hooker, hookers, whore, whores, slut, sluts, slutty
    brothel, camgirl, cam girl, onlyfans, only fans, playboy centerfold, centerfold, pinup nude, glamour nude
    dildo, dildos, vibrator, sex toy, sex toys, buttplug, butt plug, fleshlight, bondage, bdsm, dominatrix
    fetish, fetishes, spanking her, submissive slave, sex slave, sex doll, latex fetish
    lingerie model posing, in lingerie, wearing lingerie, sexy lingerie, lewd, lewds, obscene, x rated, x-rated
    horny, arousal, sexually aroused
    naughty pics, spicy pics, nudes, send nudes, moaning in bed, foreplay
    # French
    pornographie, pornographique, porno, sexe, sexuel, sexuelle, sexuels, sexuelles, acte sexuel, rapport sexuel
    rapports sexuels, faire l amour, font l amour, baiser avec, baise, baiser une, se faire baiser, partouze
    plan cul, coucher avec, couchent ensemble, fellation, sodomie, sodomise, masturbation, se masturbe
    se masturber, branlette, branler, orgasme, ejaculation, sperme, penis
    vagin, vulve, clitoris, foufoune, seins nus, seins a l air, poitrine nue, tetons
    teton, mamelons, nichons, nibards, fesses nues, cul nu, erotique, erotiques, erotisme, obscene
    lubrique, excitee sexuellement, excite sexuellement, strip teaseuse, striptease
    prostituee, prostituees, pute, putes, salope, salopes, catin, bordel a putes, maison close, godemiche
    sextoy, sex toys, sensuelle, seduisante nue, lingerie sexy, en lingerie, en sous vetements sexy
    echangisme, echangiste
    # Spanish
    pornografia, pornografico, pornografica, sexo, sexual explicito, acto sexual, relaciones sexuales
    hacer el amor, haciendo el amor, follar, follando, follada, mamada, felacion, sodomia
    masturbacion, masturbandose, masturbarse, orgasmo, semen, verga, pinga, vagina
    vulva, clitoris, coño, tetas, tetas al aire, pechos desnudos, senos desnudos, pezones, pezon
    culo desnudo, nalgas desnudas, erotico, erotica, eroticas, erotismo, obsceno, obscena, cachondo, cachonda
    excitada sexualmente, stripper, desnudista, prostituta, prostitutas, puta, putas, ramera, burdel
    consolador, juguete sexual, sensual desnuda, lenceria sexy, en lenceria, seductora desnuda, orgia
    # German
    pornografie, pornografisch, porno, sex haben, geschlechtsverkehr, beischlaf, ficken, fickt, gefickt
    bumsen, oralsex, analsex, masturbieren, masturbiert, selbstbefriedigung, wichsen, orgasmus
    sperma, samenerguss, penis, pimmel, erektion, vagina, muschi, fotze, kitzler
    titten, brüste nackt, nackte brüste, nackte brust, nippel, brustwarzen, nackter hintern, arsch nackt
    erotisch, erotische, erotischen, erotik, obszön, sexuell erregt, stripperin, striptease
    prostituierte, nutte, nutten, hure, huren, schlampe, bordell, dildo, vibrator, sexspielzeug
    in reizwäsche, reizwäsche, dessous sexy, verführerisch nackt, sinnlich nackt, orgie, gruppensex
    # Italian
    pornografia, pornografico, pornografica, fare sesso, fanno sesso, sesso esplicito, atto sessuale
    rapporto sessuale, rapporti sessuali, fare l amore, scopare, scopata, scopano, pompino, sodomia
    masturbazione, masturbarsi, orgasmo, sperma, cazzo, uccello duro, vagina, clitoride
    tette, tette nude, seni nudi, seno nudo, capezzoli, capezzolo, culo nudo, erotico, erotica, erotiche
    erotici, erotismo, osceno, oscena, arrapato, arrapata, eccitata sessualmente, spogliarellista
    spogliarello, prostituta, prostitute, puttana, puttane, bordello, vibratore, giocattolo sessuale
    in lingerie, lingerie sexy, intimo sexy, sensuale nuda, orgia
    # Portuguese
    pornografia, pornografico, pornografica, fazer sexo, fazendo sexo, ato sexual, relacao sexual
    relacoes sexuais, fazer amor, fazendo amor, transar, transando, foder, fodendo, boquete, felacao, sodomia
    masturbacao, masturbando, masturbar se, punheta, orgasmo, esperma, penis, pau duro
    caralho, vagina, buceta, xoxota, clitoris, peitos de fora, seios nus, peitos nus, mamilos, mamilo
    bunda de fora, bunda nua, erotico, erotica, eroticos, eroticas, erotismo, obsceno, obscena, tesao
    excitada sexualmente, stripper, prostituta, prostitutas, puta, putas, vadia
    vibrador, brinquedo sexual, lingerie sexy, de lingerie, sensual nua, orgia, suruba

    # "sexual" on its own (a video generator has no innocent use of "a sexual scene"); the allow-list keeps
    # "sexual health", "éducation sexuelle", … (AllowLexicon)
    sexual, sexually, sexualized, sexualised, sexualizing, sexualising, sexuel, sexuelle, sexuels, sexuelles
    sexualise, sexualisee, sexuellement, sexuales, sexualmente, sexualizado, sexualizada, sexuell, sexuelle
    sexuellen, sexueller, sexy nackt, sessuale, sessuali, sessualmente, sessualizzato, sessualizzata, sexuais
    sexualizado, sexualizada
    plan a 3, plan a trois, erwachsenenfilm, adult film, adult movie, film pour adultes, pelicula para adultos
    film per adulti, filme adulto, filme para adultos, pornovideo, pornovideos, pornofilm, pornofilme, pornoclip, pornoclips, pornoseite, pornostar, pornostars
    strips naked, strips off, takes off all her clothes, takes off all his clothes, se deshabille entierement
    se deshabille completement, se desnuda por completo, se desnuda completamente, sich komplett auszieht
    zieht sich komplett aus, si spoglia completamente, si spoglia nuda, se despe completamente
    tira toda a roupa, dressed only in her skin, dressed only in his skin, vetue de sa seule peau
    vestida solo con su piel, nur mit ihrer haut bekleidet, vestita solo della sua pelle
    vestida apenas com a pele, nothing covered, doing it in the shower, doing it in bed
    # inflections and spelling variants
    fait l amour, faisant l amour, fera l amour, ont fait l amour, font l amour, fa sesso, facendo sesso, sesso
    fa l amore, fanno l amore, facendo l amore, faz sexo, fazem sexo, hace el amor, hacen el amor, hacen sexo
    trio en la cama, un trio sexual, hacer un trio, menage a trois, flotter trio, dreier im bett
    tiene sexo, tienen sexo, teniendo sexo, haben sex, hat sex, hatten sex, pornogr*, masturb*, erotic*, erotis*
    erotiq*, erotik*, hentai*, orgasm*, fellat*, sodomi*

    @block sexual nudity
    # English
    nude, nudes, nudity, naked, nakedness, undressed, undressing, undresses, unclothed, topless, bottomless
    fully nude, totally naked, stark naked, butt naked, in the nude, au naturel, birthday suit
    in her birthday suit, in his birthday suit, skinny dipping, skinny-dipping, nudist, nudists, naturist
    naturists, without clothes, without any clothes, with no clothes, no clothes on, without clothing
    not wearing anything, wearing nothing, with no clothing, no clothing, no clothes, strips naked, stripped naked, taking off her clothes
    takes off her clothes, took off her clothes, removes her clothes, removing her clothes, removes all clothes
    takes off his clothes, taking off his clothes, sheer see through top, see through dress, see-through
    bare skin everywhere, without a stitch, not a stitch of clothing, wardrobe free, clothing optional
    # French
    nu, nue, nus, nues, toute nue, tout nu, completement nue, completement nu, a poil, a loilpe, denude
    denudee, denudes, denudees, nudite, nudiste, nudistes, naturiste, naturistes, sans vetements
    sans aucun vetement, sans habits, deshabillee, deshabille, deshabiller, se deshabille, se deshabillent
    en tenue d eve, en tenue d adam, seins nus, topless, les fesses a l air, enleve ses vetements
    retire ses vetements, retire tous ses vetements
    # Spanish
    desnudo, desnuda, desnudos, desnudas, desnudez, desnudarse, se desnuda, se desnudan, desnudandose, en pelotas
    en cueros, en bolas, sin ropa, sin nada de ropa, sin nada puesto, nudista, nudistas, naturista
    quitandose la ropa, se quita la ropa, en topless, como dios la trajo al mundo, como dios lo trajo al mundo
    # German
    nackt, nackte, nackter, nacktes, nackten, nacktheit, splitternackt, splitterfasernackt, oben ohne, unbekleidet
    unbekleidete, entkleidet, entkleidete, zieht sich aus, sich ausziehen, ausgezogen nackt, ohne kleidung
    ohne kleider, ohne klamotten, fkk, nudist, nudistin, nudisten, im adamskostüm, im evakostüm, textilfrei
    # Italian
    nudo, nuda, nudi, nude integrale, nudita, completamente nuda, completamente nudo, svestita, svestito, svestite
    spogliata, spogliato, si spoglia, si spogliano, senza vestiti, senza veli, senza niente addosso, nudista
    nudisti, naturista, in topless, a seno nudo, come mamma l ha fatta, in costume adamitico
    # Portuguese
    nu, nua, nus, nuas, nudez, totalmente nua, totalmente nu, sem roupa
    sem roupas, despida, se despe, se despindo, tirando a roupa, tira a roupa, nudista
    nudistas, naturista, fazendo topless, de topless, como veio ao mundo, mulher pelada, mulheres peladas
    menina pelada, ficar pelada, fica pelada, toda pelada, completamente pelada, homem pelado, homens pelados
    nackt*, desnud*, deshabill*

    @block sexual sexual_violence
    forcing himself on, forces himself on, forced himself on, abuse d elle, abuse de lui, abuse d une femme
    abusa de ella, abusar de ella, abuso de ella, missbraucht sie, missbraucht ihn, abusa di lei, abusato di lei
    abusa dela, abusou dela, abusar dela, drugs a woman, drugged woman, drogue une femme, droga a una mujer
    rape, raped, raping, rapes, rapist, sexual assault, sexually assaulted, molest, molested, molesting
    molestation, groping, groped, viol, violee, violer, agression sexuelle, violacion, violada
    violar, violando, abuso sexual, vergewaltigung, vergewaltigt, vergewaltigen, sexueller missbrauch
    stupro, stuprata, violentata, violenza sessuale, estupro, estuprada, estuprar, abuso sexual
    """
}
