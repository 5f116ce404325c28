extension BuiltinLexicon {
    /// Concepts: words that mean one idea, in six languages. They never block alone; `rules` combines them, and the
    /// minors check reads `minor`, `suggestive_strong` and `suggestive_weak`.
    static let concepts = """
    @concept suggestive_strong
    sexy, sexier, sexiest, seductive, seductively, seduce, seduces, seducing, seductress, sensual, sensually
    sultry, provocative, provocatively, alluring, lingerie, thong, thongs, g string, panties, lacy underwear
    underwear, bedroom eyes, come hither, flirtatious, flirting, lustful, lust, steamy, erotic, naughty
    hot body, spread legs, legs spread, on all fours, bent over, lap dance, twerking, strip, stripping
    seduisante, seduisant, sensuelle, sensuel, provocante, aguicheuse, aguicheur, string, culotte, petite culotte
    sous vetements, langoureuse, lascive, lascif, coquine, cambree, ecartant les jambes, jambes ecartees
    seductora, seductor, insinuante, provocativa, lenceria, tanga, bragas, ropa interior, lujuriosa, calenton
    piernas abiertas, verführerisch, verfuhrerisch, sinnlich, aufreizend, lasziv, reizwäsche, dessous, höschen
    unterwäsche, breitbeinig, seducente, sensuale, provocante, lasciva, ammiccante, perizoma, mutandine, intimo
    gambe aperte, sedutora, sedutor, sensual, calcinha, calcinhas, fio dental, roupa intima, pernas abertas

    seducteur, seductrice, regard seducteur, passionately, passionate kiss, making out, make out, hooking up
    hook up, apasionadamente, passionnement, leidenschaftlich, appassionatamente, apaixonadamente
    pelado, pelados, showing her body, shows her body, show her body, showing his body, shows his body
    montrant son corps, montre son corps, mostrando su cuerpo, muestra su cuerpo, zeigt ihren korper
    zeigt seinen korper, mostra il suo corpo, mostrando il corpo, mostrando seu corpo, mostra seu corpo

    sexual, sexually, sexualized, sexualised, sexuel, sexuelle, sexuels, sexuelles, sexuales, sexuell, sessuale
    sessuali, sexuais, naked, nude, nudes, nudity, nue, nues, nu, nus, nudite, desnuda, desnudo, desnudas
    desnudos, desnudez, nackt, nackte, nackten, nackter, nacktheit, nuda, nudo, nude, nudi, nudita, nua, nuas
    nudez, pelada, peladas, pelado, pelados, topless, without clothes, no clothes, sans vetements, sin ropa
    ohne kleidung, senza vestiti, sem roupa, in the nude, in her underwear, in his underwear

    undress, undresses, undressing, undressed, strips, deshabille, deshabiller, deshabillant, desnuda a
    desnudando, desnudar, desviste, desvistiendo, desvestir, auszieht, ausziehen, entkleidet, entkleiden, spoglia
    spogliando, spogliare, sveste, svestire, despe, despindo, despir

    @concept suggestive_weak
    selfie, selfies, for a stranger, for strangers, for an older man, for older men, for adult men, for a man
    pour un inconnu, pour des hommes, para un desconocido, para hombres, fur einen fremden, fur manner
    per uno sconosciuto, per uomini, para um estranho, para homens
    webcam, for money, on camera, pour de l argent, por dinero, fur geld, per soldi, por dinheiro
    bikini, bikinis, swimsuit, swimsuits, bathing suit, bra, bras, posing, poses, pose, in bed, on the bed, bedroom
    shower, showering, bath, bathing, bathtub, kiss, kisses, kissing, tight dress, short skirt, miniskirt
    mini skirt, crop top, wet shirt, wet clothes, oiled, oily skin, massage, massaging, on his lap, on her lap
    cleavage, curves, curvy, body, bodies, undressing, touching, caressing, caress, alone with a man, camera
    maillot de bain, maillot, soutien gorge, posant, pose pour, dans le lit, sur le lit, chambre a coucher
    douche, bain, baignoire, bisou, bisous, embrasse, embrassant, jupe courte, minijupe, decollete, corps
    caresse, caresses, caressant, massage, sur ses genoux, banador, traje de bano, sujetador, posando, en la cama
    sobre la cama, dormitorio, ducha, duchandose, banera, beso, besos, besando, falda corta, minifalda, escote
    cuerpo, caricias, acariciando, badeanzug, bh, posiert, posierend, im bett, auf dem bett, schlafzimmer
    dusche, duscht, badewanne, kuss, küsst, küssen, minirock, kurzer rock, ausschnitt, körper, streicheln
    streichelt, auf seinem schoß, costume da bagno, reggiseno, posa, posando, nel letto, sul letto, camera da letto
    doccia, vasca da bagno, bacio, baci, bacia, baciando, minigonna, gonna corta, scollatura, corpo, carezze
    accarezza, biquini, maio, sutia, posa para, na cama, quarto, chuveiro, banho, banheira, beijo, beijos
    beijando, minissaia, saia curta, decote, corpo, caricias, acariciando, no colo

    @concept person
    woman, women, man, men, girl, girls, guy, guys, lady, ladies, person, people, model, models, she, he, her
    him, wife, husband, girlfriend, boyfriend, couple, actress, dancer, femme, femmes, homme, hommes, fille
    filles, garcon, dame, elle, lui, mannequin, couple, mujer, mujeres, hombre, hombres, chica, chicas, chico
    senora, ella, modelo, pareja, frau, frauen, mann, manner, madchen, junge frau, dame, sie, er, paar
    donna, donne, uomo, uomini, ragazza, ragazze, ragazzo, signora, lei, coppia, mulher, mulheres, homem
    homens, moca, garota, garotas, rapaz, senhora, ela, ele, casal, teen, teenager, child, kid

    @concept wearing
    wearing, wears, wore, dressed in, dressed only in, has on, porte, portant, portait, vetue de, vetu de
    habillee de, lleva, llevando, llevaba, vestida con, vestido con, viste, trägt, tragt, tragend, trug
    bekleidet mit, indossa, indossando, indossava, vestita di, vestito di, veste, vestindo, usando, vestida de
    vestido de, trajando

    @concept nothing
    nothing, nothing at all, not a thing, rien, rien du tout, nada, nada de nada, nichts, gar nichts, niente
    nulla, nothing but, rien d autre que, nada mas que, nichts außer, nient altro che, nada alem de

    @concept clothing
    clothes, clothing, garments, vetements, habits, tenue, ropa, prendas, vestido
    kleidung, klamotten, kleider, vestiti, abiti, roupa, roupas, vestes

    @concept absence
    without, without any, not wearing, removed, takes off, taking off, took off, strips off
    sans, aucun, aucune, enleve, enlevant, retire, sin, ninguna, ningun, quita, quitandose, ohne, keine
    zieht aus, senza, nessun, toglie, togliendo, sem, nenhuma, tira, tirando, shed, sheds, discarded, dropped

    @concept exposure
    exposing, exposes, exposed, showing off, flashing, flashes, reveals, revealing, uncovered, bare
    montre, montrant, exhibe, exhibant, devoile, devoilant, decouvert, decouverte, muestra, mostrando, ensena
    ensenando, exhibe, descubierto, descubierta, zeigt, entblößt, entblosst, entbloesst, enthüllt, mostra
    mostrando, esibisce, scoperto, scoperta, exibe, exibindo, descoberto, descoberta

    @concept intimate_body
    breasts, breast, chest bare, buttocks, butt, bum, genitals, private parts, intimate parts
    everything underneath, her body entirely, her whole body, crotch, groin, seins, poitrine, fesses
    parties intimes, pechos, senos, nalgas, trasero, partes intimas, brüste, brust, busen, hintern, po
    intimbereich, seno, seni, sedere, natiche, parti intime, seios, peitos, bunda, nadegas, partes intimas

    @concept sexual_act
    under the sheets, between the sheets, getting it on, get it on, gets it on, going at it, bumping uglies
    font l amour, es treiben, nothing left to the imagination, sin censura, uncensored, sans censure, unzensiert
    senza censura, sem censura
    hooking up, getting intimate, get intimate, intimate together, passionate night, heavy petting
    couchent ensemble, dans les draps, font des cochonneries, s envoyer en l air, duermen juntos, entre las sabanas
    haciendo cositas, echan un polvo, zusammen im bett, unter der decke, es treiben, treiben es, a letto insieme
    tra le lenzuola, fanno cosacce, na cama juntos, entre os lencois, dando uma rapidinha, rapidinha

    @concept cutting_verb
    cut, cuts, cutting, slit, slits, slitting, slash, slashes, slashing, open, opens, opening, opened, carve
    carves, carving, ouvre, ouvrir, ouvrant, taillade, tailladant, coupe, couper, coupant, corta, cortar
    cortando, abre, abrir, abriendo, raja, rajando, schneidet, aufschneiden, aufgeschnitten, ritzt, öffnet
    offnet, taglia, tagliare, tagliando, apre, aprire, aprendo, incide, abrindo, rasga, rasgando

    @concept wrist
    wrist, wrists, veins, vein, forearm, forearms, poignet, poignets, veines, muneca, munecas, venas, pulsos
    handgelenk, handgelenke, pulsadern, adern, unterarm, polso, polsi, vene, avambraccio, pulso, veias, antebraco

    @concept self_reference
    himself, herself, themselves, themself, oneself, myself, yourself, his own life, her own life
    their own life, lui meme, elle meme, soi meme, sich selbst, se stesso, se stessa, a si mesma, a si mesmo
    si mismo, si misma, sa propre vie, su propia vida, sein eigenes leben, ihr eigenes leben, la propria vita
    sua propria vida

    @concept lethal_act
    end, ends, ending, kill, kills, killing, hang, hangs, hanging, drown, drowns, poison, poisons, shoot, shoots
    overdose, jump off, jumps off, jumping off, throw off, throws off, die, dies, dying, death, end of life
    finir, finit, en finir, tuer, pendre, noyer, empoisonner, jeter, mourir, acabar con, matar, ahorcar
    ahogar, envenenar, tirarse, morir, beenden, töten, erhängen, ertränken, vergiften, stürzen, sterben
    finire, farla finita, uccidere, impiccare, annegare, avvelenare, buttarsi, morire, acabar, matar
    enforcar, afogar, envenenar, jogar se, morrer, no more reason to live, no reason to live, goodbye forever
    last goodbye, final goodbye, dernier adieu, ultimo adios, letzter abschied, ultimo addio, ultimo adeus

    @concept despair_means
    pills, pill bottle, bottle of pills, razor, razor blade, blade, noose, rope, bridge, ledge, rooftop, edge
    railway tracks, train tracks, medicaments, comprimes, lame, rasoir, corde, pont, rebord, toit, rails
    pastillas, cuchilla, navaja, soga, cuerda, puente, cornisa, azotea, vias del tren, tabletten, rasierklinge
    klinge, strick, seil, brücke, dach, gleise, pillole, lametta, rasoio, corda, ponte, cornicione, tetto
    binari, comprimidos, gilete, lamina, navalha, corda, ponte, beirada, telhado, trilhos

    @concept gore_matter
    blood, bloody, bleeding, guts, brains, brain matter, intestines, bones sticking out, bone sticking out
    flesh, wounds, gaping wound, open wound, saignant, tripes, cervelle, intestins, os qui sort
    plaies, blessure beante, sangre, sangrando, sangriento, tripas, sesos, intestinos, hueso
    heridas, herida abierta, blut, blutend, blutige, blutiger, gedärme, hirn, knochen ragt
    fleisch, wunden, klaffende wunde, sangue, sanguinante, insanguinato, budella, cervello, intestini
    osso, ferite, ferita aperta, sangue, sangrando, ensanguentado, tripas, miolos, intestinos, osso
    feridas, ferida aberta

    @concept gore_intensity
    pouring, gushing, spurting, everywhere, splattered, splattering, spraying, pools of, pool of, covered in
    drenched in, soaked in, dripping, torn open, ripped open, ripped out, spilling out, spilling, exploding
    graphic, torn apart, ripped apart, blown apart, torn to pieces, ruisselant, giclant, partout, eclabousse, couvert de, inonde de, degoulinant
    dechire, arrache, qui jaillit, chorreando, a borbotones, por todas partes, salpicado, cubierto de
    empapado en, goteando, desgarrado, arrancado, brotando, spritzend, überall, bespritzt, bedeckt mit
    durchtränkt, triefend, aufgerissen, herausgerissen, quellend, zampillante, ovunque, schizzato, coperto di
    inzuppato di, gocciolante, squarciato, strappato, jorrando, por toda parte, espirrado, coberto de
    encharcado de, pingando, rasgado, arrancado

    @concept violent_verb
    stabbing, stabbed, stabs, stab, beating, beaten, beats, strangling, strangled, strangles, kicking, kicked
    hacking, hacked, bludgeoning, bludgeoned, torturing, geprugelt, prugelt, erschlagen, totgeschlagen
    totgepruegelt, a calci, calci, pugni, botte, bastonate, bastonato, picchiato, patadas, a patadas, golpes
    coups de pied, coups, roue de coups, pontapes, chutes, socos, chutado, poignarde, poignardant, battu, battant, etrangle
    frappe, apunala, apunalando, apunalado, golpea, golpeando, golpeado, estrangula, sticht, erstochen
    geschlagen, pruegelt, erwurgt, accoltella, accoltellato, picchia, picchiato, strangola, esfaqueia
    esfaqueado, espanca, espancado, estrangula

    @concept to_death
    to death, until he dies, until she dies, a mort, jusqu a la mort, hasta la muerte, hasta matarlo, zu tode
    a morte, fino alla morte, ate a morte, ate morrer

    @concept severing
    cutting off, cuts off, cut off, chopping off, chops off, chopped off, ripping off, rips off, ripped off
    tearing off, tears off, torn off, sawing off, saws off, sawed off, hacking off, gouging, gouges
    cercena
    cercenando, schneidet ab, abschneiden, hackt ab, reißt ab, sägt ab
    mozza, mozzando, decepa
    decepando

    @concept body_part
    head, heads, fingers, finger, limbs, limb, arm, arms, leg, legs, hand, hands, ear, ears, tongue, eyes, eye
    face, skull, tete, doigts, doigt, membres, bras, jambe, jambes, main, mains, oreille, langue, yeux, visage
    crane, cabeza, dedos, dedo, miembros, brazo, brazos, pierna, piernas, mano, manos, oreja, lengua, ojos
    cara, craneo, kopf, finger, gliedmaßen, arm, arme, bein, beine, hand, hände, ohr, zunge, augen, gesicht
    schädel, testa, dita, dito, arti, braccio, braccia, gamba, gambe, mano, mani, orecchio, lingua, occhi
    viso, cranio, cabeca, dedos, membros, braco, bracos, perna, pernas, mao, maos, orelha, lingua, olhos
    rosto, cranio

    @concept despair_mood
    sad, hopeless, hopelessness, despair, desperate, crying, in tears, depressed, depression, alone, lonely
    suicide note, goodbye note, farewell letter, nothing left to live for, lettre d adieu, desespere
    desesperee, desespoir, triste, deprime, deprimee, en larmes, seul, seule, desesperado, desesperada
    desesperacion, llorando, deprimido, deprimida, sola, solo, carta de despedida, verzweifelt, traurig
    deprimiert, weinend, einsam, abschiedsbrief, disperato, disperata, disperazione, piangendo, depresso
    depressa, lettera d addio, desesperada, deprimido, deprimida, chorando, sozinho, sozinha, carta de despedida
    ready to jump, about to jump, preparing to jump, pret a sauter, a punto de saltar, bereit zu springen
    pronto a saltare, prestes a pular

    @concept ingest
    swallowing, swallows, swallow, swallowed, takes all, taking all, gulps down, avale, avalant, avaler
    traga, tragando, tragar, schluckt, schlucken, geschluckt, ingoia, ingoiando, ingoiare, engole, engolindo

    @concept pills_quantity
    all the pills, whole bottle, entire bottle, handful of pills, dozens of pills, hundreds of pills
    tous les comprimes, toute la boite, poignee de comprimes, todas las pastillas, todo el frasco
    punado de pastillas, alle tabletten, ganze packung, handvoll tabletten, tutte le pillole, tutto il flacone
    manciata di pillole, todos os comprimidos, frasco inteiro, punhado de comprimidos

    @concept to_die
    to die, in order to die, to end it, to end his life, to end her life, to kill himself, to kill herself, fatal
    lethal, deadly, en finir, en finir avec la vie, acabar con todo, acabar com tudo, quitarme la vida
    quitarse la vida, unalive, unaliving, unalive yourself, unalive myself, pour mourir, pour en finir, mortelle, mortel, para morir, para acabar con todo, mortal
    um zu sterben, zu sterben, todlich, tödlich, per morire, per farla finita, mortale, para morrer
    para acabar com tudo, fatale

    @concept jump_verb
    jump, jumps, jumping, leap, leaps, leaping, throws himself, throws herself, throwing herself, throwing himself
    saute, sauter, se jette, se jeter, se lance, salta, saltar, se tira, tirarse, se lanza, lanzarse, springt
    springen, sturzt sich, stürzt sich, si getta, gettarsi, si butta, buttarsi, si lancia, lanciarsi, pula, pular, se joga, se atira

    @concept head_face
    head, skull, face, tete, crane, visage, cabeza, craneo, cara, kopf, schadel, schädel, gesicht, testa, cranio
    faccia, viso, cabeca, rosto

    @concept smashed
    smashed open, smashed in, caved in, split open, cracked open, blown off, bashed in, crushed with, fracasse
    fracassee, ecrase, ecrasee, defonce, defoncee, aplastada, aplastado, destrozada, destrozado, reventada
    reventado, zertrummert, zertrümmert, eingeschlagen, fracassata, fracassato, spaccata, spaccato, esmagada
    esmagado, rachada, rachado, arrebentada, arrebentado

    @concept victim
    person, man, woman, child, victim, victims, prisoner, hostage, people, civilians, someone, his, her
    personne, homme, femme, victime, prisonnier, otage, civils, quelqu un, persona, hombre, mujer, victima
    prisionero, rehen, civiles, alguien, mensch, opfer, gefangener, geisel, zivilisten, jemand, persona, uomo
    vittima, prigioniero, ostaggio, civili, qualcuno, pessoa, homem, mulher, vitima, prisioneiro, refem, alguem
    """
}
