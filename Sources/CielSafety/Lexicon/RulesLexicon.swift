extension BuiltinLexicon {
    /// Concept rules (the paraphrase stage) and the concepts only they use.
    static let rules = """
    @rule sexual described_nudity: wearing & nothing
    @rule sexual described_nudity: person & clothing & absence
    @rule sexual described_exposure: exposure & intimate_body
    @rule sexual described_act: sexual_act & person
    @rule self_harm described_self_injury: cutting_verb & wrist
    @rule self_harm described_suicide: self_reference & lethal_act
    @rule self_harm described_suicide: despair_means & despair_mood
    @rule self_harm described_overdose: ingest & pills_quantity
    @rule self_harm described_suicide: to_die & despair_means
    @rule self_harm described_suicide: to_die & jump_verb
    @rule self_harm described_suicide: to_die & ingest
    @rule self_harm described_self_injury: despair_means & wrist
    @rule violence_gore described_gore: head_face & smashed
    @rule violence_gore described_gore: gore_matter & gore_intensity
    @rule violence_gore described_mutilation: severing & body_part & victim
    @rule violence_gore described_killing: violent_verb & to_death
    @rule sexual described_undressing: de_undress & de_particle_aus & !de_garment
    @rule sexual described_undressing: de_undress_other & de_particle_aus & minor & !de_garment
    @rule hate dehumanising_group: protected_group & dehumanising
    @rule hate extremist_glorification: extremist & glorify
    @rule hate conspiracy_trope: protected_group & conspiracy
    @rule hate violence_against_group: protected_group & group_attack
    @rule violence_gore described_mutilation: cut_up & victim_strict
    @rule violence_gore described_mutilation: power_tool & victim_strict
    @rule self_harm described_suicide: jump_verb & train
    @rule self_harm described_self_injury: despair_means & hurt_self
    @rule sexual described_exposure: intimate_body & bouncing
    @rule public_figure described_office_holder: office & jurisdiction & !not_current
    @rule self_harm described_suicide: jump_verb & height & !leisure
    @rule self_harm described_poisoning: ingest & poison
    @rule self_harm described_poisoning: drink_or_take & poison
    @rule self_harm described_hanging: noose_word & kick_away
    @rule violence_gore described_gore: gore_matter & spilling_out

    @concept height
    balcony, balcon, balcone, varanda, sacada, tenth floor, 10th floor, top floor, high rise, skyscraper
    window of his flat, from the window, dixieme etage, du dixieme, par la fenetre, de la fenetre, decimo piso
    del decimo, por la ventana, desde la ventana, zehnten stock, aus dem fenster, vom dach, hochhaus
    decimo piano, dal decimo, dalla finestra, dal balcone, dal tetto, decimo andar, do decimo, pela janela
    da janela, do predio, do telhado, from the roof, du toit, desde la azotea, bridge, pont, puente, brucke
    brücke, autobahnbrucke, autobahnbrücke, ponte, viaduct, viaduc, viaducto, viadukt, viadotto, viaduto
    overpass, cliff edge, ledge, rebord, cornisa, cornicione, beirada, parapet, parapeto

    @concept leisure
    bungee, elastique, puenting, parachute, paracaidas, fallschirm, paracadute, paraquedas, parapente
    paraglider, parkour, diving, plongeon, clavado, clavados, kopfsprung, tuffo, tuffi, mergulho, into the river
    into the lake, into the sea, into the pool, dans la riviere, dans le lac, dans la mer, dans la piscine
    al rio, al lago, al mar, a la piscina, in den fluss, in den see, ins meer, in den pool, nel fiume, nel lago
    in mare, in piscina, no rio, no lago, no mar, na piscina, stunt, stuntman, cascadeur, doble de riesgo
    stuntfrau, stuntmann, controfigura, duble, superhero, super heros, superheroe, superheld, supereroe
    super heroi, cartoon, dessin anime, animation, trampoline, trampolin, trampolim, for fun, pour s amuser
    game, jeu video, videojuego, videospiel, videogioco, videogame, film, movie, pelicula, filme
    cat, cats, kitten, dog, dogs, puppy, bird, birds, squirrel, monkey, goat, chat, chaton, chien, oiseau
    ecureuil, singe, gato, gatito, perro, pajaro, ardilla, mono, katze, katzchen, hund, vogel, eichhornchen
    affe, gatto, gattino, cane, uccello, scoiattolo, scimmia, gatinho, cachorro, passaro, esquilo, macaco

    @concept poison
    rat poison, mort aux rats, raticide, veneno de rata, veneno para ratas, veneno de rato, veleno per topi
    rattengift, bleach, eau de javel, javel, lejia, bleichmittel, candeggina, agua sanitaria, antifreeze
    antigel, anticongelante, frostschutzmittel, antigelo, pesticide, pesticida, pestizid
    cyanide, cyanure, cianuro, zyankali, cianeto

    @concept noose_word
    noose, noeud coulant, soga, horca, schlinge, strick, cappio, forca, laco, corda no pescoco, rope around his neck
    rope around her neck, corde autour du cou, cuerda al cuello, strick um den hals, corda al collo

    @concept kick_away
    kicks away the chair, kicks the chair, kicks the stool, steps off the chair, steps off the stool
    renverse la chaise, repousse la chaise, pousse la chaise, patea la silla, empuja la silla, tira la silla
    stosst den stuhl, tritt den stuhl, spinge via la sedia, spinge la sedia, calcia la sedia, chuta a cadeira
    empurra a cadeira, derruba a cadeira, sobe na cadeira, sale sulla sedia, steigt auf den stuhl
    monte sur la chaise, se sube a la silla, climbs onto the chair, stands on the chair

    @concept spilling_out
    spilling out, spill out, pra fora, para fora, de fora, afuera, de fuera, a l air, herausquellend, quellen heraus
    di fuori, fuori dalla pancia

    @concept drink_or_take
    drinks, drinking, drank, boit, buvant, bebe, bebiendo, bebendo, trinkt, beve, bevendo, tomando, toma, takes
    taking

    @block public_figure office_holder
    premiere dame de france, la premiere dame, first lady of france, presidente del consiglio, der bundeskanzler
    die bundeskanzlerin, bundeskanzler, la premier italiana, the guy who owns tesla, owner of tesla
    the pope, pope francis, pope leo, le pape, el papa, il papa, der papst, o papa, papa francesco
    papa francisco, papst franziskus, papst leo, papa leone, richest man in the world, richest person in the world
    homme le plus riche du monde, hombre mas rico del mundo, reichste mann der welt, uomo piu ricco del mondo
    homem mais rico do mundo, the british royal family, the royal family of england, la famille royale britannique

    @concept de_undress
    zieht sich, ziehen sich, zog sich, zogen sich

    @concept de_undress_other
    zieht, ziehen, zog, zogen

    @concept de_particle_aus
    aus, nackt

    @concept de_garment
    schuhe, schuh, jacke, mantel, handschuhe, stiefel, socken, hut, mutze, muetze, pullover, brille, uniform

    @concept protected_group
    jews, jewish people, jew, muslims, muslim people, arabs, blacks, black people, africans, immigrants
    migrants, refugees, asylum seekers, gays, lesbians, gay people, trans people, transgender people
    homosexuals, asians, chinese people, mexicans, roma, gypsies, disabled people, christians, hindus, sikhs
    women are, juifs, juif, musulmans, arabes, noirs, africains, immigres, migrants, refugies, homosexuels
    roms, tsiganes, asiatiques, handicapes, judios, judio, musulmanes, negros, africanos, inmigrantes
    refugiados, homosexuales, gitanos, discapacitados, juden, jude, muslime, araber, schwarze, afrikaner
    ausländer, auslander, einwanderer, migranten, flüchtlinge, fluchtlinge, schwule, homosexuelle, zigeuner
    behinderte, ebrei, ebreo, musulmani, arabi, neri, africani, immigrati, migranti, profughi, rifugiati
    omosessuali, zingari, disabili, judeus, judeu, muculmanos, imigrantes, homossexuais, ciganos, deficientes
    gay men, gay man, gays, trans, tr ans, indigenas, indigenous people, autochtones, indigene, indigeni, pretos
    mexicans, homos, maricones, schwuchteln, froci, bichas, pedes, migrantes, inmigrantes ilegales, mosque, mosques, synagogue, synagogues, mosquee, synagogue juive, mezquita, sinagoga, moschee, synagoge
    moschea, mesquita, personnes trans, personas trans, persone trans, pessoas trans, transsexuelle
    women as, les femmes comme, las mujeres como, le donne come, as mulheres como, frauen als, nordestinos
    # session 3: more groups and slurs, six languages
    gay couple, gay couples, lesbian couple, lesbian, dyke, dykes, fags, faggot, tranny, trannies, trans woman
    trans women, trans man, transsexual, transsexuals, sikh, hindu, hindoos, kikes, muzzies, camel jockeys
    hijabi, woman in a hijab, native man, native americans, latinos, hispanics, central american migrants
    illegals, rapefugees, polish workers, poles, romanians, turks, kurds, syrians, somalis, somali families
    venezuelans, brazilians, haitians, albanians, afghans, pakistanis, nigerians, asian woman, asian women
    black man, black men, black woman, black women, black church, black family, roma camp, roma family
    mentally ill people, psychiatric patients, schizos, retards, down syndrome, people with down syndrome
    guy in a wheelchair, wheelchair users, blind people, deaf people, cross worshippers, candomble, terreiro
    gurdwara, mandir, couple de pedes, gouine, gouines, travelo, travelos, trisomique, trisomiques, gitans
    chinois, femme voilee, femmes voilees, rebeus, bougnoules, negres, bamboulas, youpins, polonais, roumains
    turcs, kurdes, syriens, somaliens, haitiens, malades mentaux, autistes, gens du voyage, maricas, bolleras
    tortilleras, moros, sudacas, panchitos, negratas, chinos, rumanos, turcos, sirios, afganos
    venezolanos, haitianos, subnormales, mongolos, enfermos mentales, minusvalidos, mujeres con velo, lesben
    kampflesben, transen, kanaken, neger, kopftuchmadchen, kopftuchfrauen, sinti, polen, rumanen, turken
    kurden, syrer, afghanen, spastis, spastiker, mongos, psychisch kranke, rollstuhlfahrer, finocchi
    ricchioni, lesbiche, negri, rom, terroni, rumeni, albanesi, cinesi, marocchini, senegalesi, ritardati
    mongoloidi, handicappati, malati mentali, donne velate, viados, sapatao, sapatoes, travecos, travestis
    paraibas, bolivianos, venezuelanos, angolanos, chineses, retardados, mongoloides, aleijados
    doentes mentais, macumbeiros, umbanda, terreiros, candomblecistas

    @concept group_attack
    chasse, chassent, chassant, wiping out, wipe out, wiped out, exterminating, get rid of, getting rid of, chased out, drive out
    chasser du pays, expulser, ardiendo, hoguera, quemados vivos, geschlagen gehoren, geschlagen
    sterminare, queimados vivos, expulsar do pais, beaten, being beaten, beating up, beat up, lynched, lynching, attacked, attacking, burned, burning, burn down
    burning down, set on fire, shot, hunted, chased out, stoned, tabasses, lynches, attaques, brules, bruler
    incendier, incendient, pourchasses, golpeados, golpeadas, linchados, atacados, queman, quemando, quemados
    incendian, apedreados, verprugelt, gelyncht, angegriffen, verbrannt, verbrennen, angezundet, gejagt
    picchiati, picchiate, picchiare, linciati, aggrediti, bruciati, bruciare, incendiare, lapidati
    espancados, espancadas, espancando, linchados, atacados, queimados, queimando, incendiando, apedrejados
    # session 3: more ways of hurting a group, six languages
    beaten with, beating them, with baseball bats, with crowbars, with pipes, with sticks, with bats, spitting on
    spit on, spat on, throwing rocks at, throwing stones at, torching, torched, smashes up, smash up, burned down
    razed, string up, strung up, hanged, hanging them, lynch, drags, dragged behind, shoved onto trucks
    thrown off, thrown to lions, plows through, run over, shot one by one, shooting them, hunting, hunted down
    caged, whipped, whipping, tied to a post, crushes them, slapped, punches, punched, kicks him, kicking him
    tabasse, tabassee, a coups de batte, a coups de baton, a coups de poing, a coups de pied, a la fourche
    crachent, crachent dessus, lui crachent dessus, jette des pierres, jettent des pierres, pend, pendent, pendus
    brulent, incendie, rasent, jetes dans, poursuivi, poursuivis, apalean, apaleado
    apaleados, a palos, a golpes, a pedradas, a balazos, escupen, escupiendo, cuelgan, colgados, ahorcan
    ahorcados, arrasan, persiguen, cazan, cazando, apedrean, verprugeln
    verpruegeln, mit baseballschlagern, mit knuppeln, mit stocken, bespucken, anspucken, spucken, aufhangen
    aufgehangt, anzunden, steinigen, erschiessen, pestati, pestano, a sprangate
    sprangate, a bastonate, bastonate, bastonati, a calci, a pugni, sputano, impiccano, impiccati, bruciano
    incendiano, cacciano, cacciati, lapidano, espancam, espancado, apanhando, a pauladas
    a socos, a chutes, a tiros, cospem, cuspindo, enforcam, enforcados, queimam, incendeiam
    cacam, cacados, cacadas, perseguidos, apedrejam

    @concept conspiracy
    octopus, pieuvre, pulpo, krake, piovra, polvo, strippenzieher, behind all wars, derriere toutes les guerres
    detras de todas las guerras, hinter allen kriegen, dietro tutte le guerre, por tras de todas as guerras
    controlling the world, controlling the banks, controlling the media, puppet masters, puppet master
    pulling the strings, secretly rule, marionnettistes, tirent les ficelles, mueven los hilos, ziehen die faden
    burattinai, tiram os cordelinhos, control the world, control the banks, control the media, rule the world, controlent le monde
    controlent les banques, dirigent le monde, controlan el mundo, controlan los bancos, kontrollieren die welt
    beherrschen die welt, controllano il mondo, controllano le banche, controlam o mundo, dominam o mundo

    @concept cut_up
    dissecting, dissects, dissected, chopping up, chops up, chopped up, cutting up, cuts up, carving up, carves up
    decoupe, decoupant, fait des morceaux, descuartiza, descuartizando, descuartizado, trocea, troceando
    zerlegt, zerlegen, zerhackt, fa a pezzi, squarta, squartando, squartato, esquarteja, esquartejando
    esquartejado, retalha, retalhando

    @concept victim_strict
    victim, victims, victime, victimes, victima, victimas, opfer, vittima, vittime, vitima, vitimas, hostage
    otage, rehen, geisel, ostaggio, refem, corpse, cadavre, cadaver, leiche, cadavere

    @concept power_tool
    chainsaw, tronconneuse, motosierra, kettensage, kettensäge, motosega, motosserra, meat grinder, hachoir

    @concept train
    train tracks, railway tracks, in front of a train, under a train, sous un train, voies ferrees, vias del tren
    vias del ferrocarril, frente al tren, vor einen zug, vor den zug, gleise, sotto un treno, binari
    na frente do trem, trilhos do trem, linha do comboio, debaixo do comboio

    @concept hurt_self
    hurts himself, hurts herself, hurting himself, hurting herself, injures himself, injures herself, se blesse
    se blessant, se fait mal, se lastima, se hace dano, verletzt sich, sich verletzt, sich selbst verletzt
    si ferisce, si fa male, se machuca, se fere, se ferindo, verletzt, ritzt, ritzen, sich ritzt, ritzt sich

    @concept bouncing
    bouncing, jiggling, bounce, jiggle, rebondissant, rebotando, hupfend, wackelnd, rimbalzanti, balancando

    @concept dehumanising
    plague, plagues, seuche, plaga, praga, piaga, peste, must be removed, must be expelled, get rid of them
    to be eliminated, must be eliminated, a chasser, a eliminer, a expulsar, hay que expulsar, vertreiben
    rausschmeissen, da cacciare, da eliminare, expulsar, are thieves, sont des voleurs, son ladrones, sind diebe
    sono ladri, sao ladroes
    predators, predateurs, depredadores, raubtiere, predatori, predadores, filthy criminals, like bugs
    insects, insectes, insectos, insekten, insetti, insetos, as pigs, comme des porcs, como cerdos, als schweine
    come maiali, como porcos
    soigner de force, cured by force, curados a la fuerza, curados a forca, precisam ser curados
    que hay que encerrar, da rinchiudere, wegsperren, need to be locked up, horde, hordes, terror horde
    invaders, envahisseurs, invasores, invasoren, invasori, overrun, uberrennt, savages, sauvages, salvajes
    wilde, selvaggi, selvagens, imundos, useless eaters, sous humains, sous humain, voleurs, ladrones, diebe, ladri, ladroes, trash, garbage, basura, ordures, dechets, mull, abfall, spazzatura, immondizia, lixo, inferior beings
    etres inferieurs, seres inferiores, esseri inferiori, untermenschen, dirty animals, animais sujos
    sales betes, animales sucios, animali sporchi, greedy monsters, monsters, monstres, monstruos, mostri
    monstros, eliminate them, eliminarlos, eliminer, les eliminer, eliminarli, elimina los, elimina-los
    vermin, rats, cockroaches, parasites, subhuman, subhumans, inferior, inferior race, disease, infestation
    exterminate, exterminated, extermination, eradicate, eradicated, wipe out, wiped out, gassed, gas chamber
    gas chambers, filth, scum, apes, monkeys, animals, should die, must die, deserve to die, burn them
    vermine, cafards, sous hommes, inferieurs, exterminer, extermines, extermination, eradiquer, racaille
    singes, chambre a gaz, doivent mourir, alimanas, ratas, cucarachas, parasitos, infrahumanos, inferiores
    exterminar, exterminados, exterminio, erradicar, escoria, monos, deben morir, ungeziefer, ratten
    kakerlaken, parasiten, minderwertig, minderwertige, ausrotten, vernichten, vergasen, vergast, abschaum
    affen, gaskammer, müssen sterben, parassiti, ratti, scarafaggi, subumani, inferiori, sterminare
    sterminati, sterminio, feccia, scimmie, camera a gas, devono morire, vermes, ratos, baratas, parasitas
    sub humanos, exterminio, escoria, macacos, camara de gas, devem morrer

    @concept extremist
    nazi, nazis, hitler, third reich, ss officers, waffen ss, isis, daesh, isil, islamic state, al qaeda
    kkk, klan, jihadist, jihadists, jihadi, fascist regime, troisieme reich, etat islamique, daech, nazie
    nazies, djihadiste, djihadistes, tercer reich, estado islamico, yihadista, yihadistas, drittes reich
    nationalsozialisten, dschihadist, dschihadisten, terzo reich, stato islamico, nazisti, nazista
    jihadista, jihadisti, nazistas, terceiro reich, jihadistas

    @concept glorify
    propaganda, recruitment, recruiting, recruitment video, glorifying, glorify, glorified, glorious, heroic
    heroes, hero, celebrating, celebrate, tribute, honoring, honouring, rally, salute, saluting, praising
    praise, join us, propagande, recrutement, glorifiant, glorifier, glorieux, heroique, heros, celebrant
    hommage, rassemblement, salut, reclutamiento, glorificando, glorificar, glorioso, heroico, heroes
    celebrando, homenaje, mitin, saludo, rekrutierung, verherrlichung, verherrlichend, verherrlicht
    glorreich, heldenhaft, helden, feiern, feiert, ehren, kundgebung, reclutamento, glorificare, eroico
    eroi, omaggio, raduno, recrutamento, glorificar, herois, homenagem, comicio

    @concept office
    president, presidents, prime minister, premier, chancellor, king, queen, prince, princess, crown prince
    monarch, pope, supreme leader, dictator, head of state, ceo, founder, chief executive, first lady
    vice president, foreign minister, mayor, governor, senator, royal family, presidente, presidenta
    premier ministre, premiere ministre, chancelier, chanceliere, roi, reine, princesse, pape, souverain, pdg
    fondateur, maire, primer ministro, primera ministra, canciller, rey, reina, principe, princesa, alcalde
    gobernador, fundador, director ejecutivo, präsident, prasident, präsidentin, bundeskanzler
    bundeskanzlerin, kanzler, kanzlerin, premierminister, könig, konig, königin, konigin, prinz, prinzessin
    papst, bürgermeister, gründer, primo ministro, cancelliere, regina, principessa, sindaco, fondatore
    amministratore delegato, primeiro ministro, primeira ministra, chanceler, rei, rainha, prefeito
    famille royale, familia real, königsfamilie, famiglia reale, boss, jefe, patron, capo, patrao, owner
    us president, us presidents, us prasident, us presidente, us vice president, founded, who founded
    co founder, cofounder, cofondateur, cofundador, mitgrunder, cofondatore, richest man, homme le plus riche
    hombre mas rico, reichste mann, uomo piu ricco, homem mais rico

    @concept jurisdiction
    current, actual, sitting, incumbent, reigning, today s, real, actuel, actuelle, en exercice, actual
    aktuelle, aktuellen, amtierende, amtierenden, jetzige, attuale, in carica, atual, em exercicio
    france, french, francais, francaise, republique, usa, united states, america, american, americain
    americaine, estados unidos, estadounidense, norteamericano, amerikanisch, amerikanische, amerikanischen
    americano, americana, stati uniti, eua, uk, united kingdom, britain, great britain, british, england
    britannique, angleterre, reino unido, britanico, britannico, inglaterra, großbritannien, britische
    britischen, england, inghilterra, germany, german, allemagne, allemand, allemande, alemania, aleman
    deutschland, deutsche, deutschen, germania, tedesco, tedesca, alemanha, alemao, russia, russian, russie
    russe, rusia, ruso, russland, russische, russischen, russo, china, chinese, chine, chinois, chino
    chinesische, chinesischen, cinese, chines, spain, spanish, espagne, espagnol, espagnole, espana, espanol
    spanien, spanische, spanischen, spagna, spagnolo, espanha, espanhol, italy, italian, italie, italien
    italienne, italia, italiano, italienische, portugal, portuguese, portugais, portugues, portugiesische
    portoghese, brazil, brazilian, bresil, bresilien, brasil, brasileno, brasileiro, brasilien, brasiliano
    canada, canadian, canadien, canadienne, canadiense, kanada, kanadische, canadese, canadense, mexico
    mexican, mexicain, mexicano, mexiko, messicano, ukraine, ukrainian, ukrainien, ucrania, ucraniano
    ukrainische, ucraina, ucraino, india, indian, inde, indien, japan, japanese, japon, japonais, japones
    japanische, giappone, giapponese, japao, israel, israeli, turkish, turquie, turc, turquia, türkei
    belgium, belgian, belgique, belge, belgica, belgien, belgio, switzerland, swiss, suisse, suiza, schweiz
    svizzera, suica, argentina, argentine, argentin, argentino, netherlands, dutch, pays bas, north korea
    north korean, coree du nord, corea del norte, nordkorea, corea del nord, coreia do norte, iran, iranian
    saudi, saudi arabia, arabie saoudite, venezuela, venezuelan, cuba, cuban, monaco, monegasque, vatican
    white house, elysee, kremlin, downing street, buckingham palace, tesla, spacex, microsoft, facebook
    openai, google, nvidia, amazon, apple, meta, lvmh, zara, inditex, oracle, tiktok, alibaba, samsung
    berkshire hathaway, morocco, maroc, marocain, marruecos, algeria, algerie, algerien, tunisia, tunisie
    senegal, senegalais, ivory coast, cote d ivoire, ivoirien, cameroon, cameroun, camerounais, congo, quebec
    francese, frances, francesa, franzosisch, franzosische, franzosischen, frankreich, franca, estadounidense
    statunitense, norte americano, americano, britannico, britanica, britanico, englisch, inglese, ingles
    tedesca, alemana, alema, russa, rusa, cinese, china, chinesa, spagnola, espanola, italiana, portuguesa
    brasileira, brasilena, brasiliana, canadese, canadiense, mexicana, messicana, ucraina, japonesa, giapponese
    us president, us prasident, us presidente, the united states, the us, the u s, de la republique, del gobierno, der bundesrepublik, della repubblica
    da republica, norway, norwegian, sweden, swedish, denmark, danish, spain s, poland, polish, greece, greek

    @concept not_current
    century, centuries, siecle, siecles, siglo, siglos, jahrhundert, jahrhunderts, secolo, secoli, seculo
    medieval, middle ages, moyen age, edad media, mittelalter, mittelalterlich, medioevo, medievale, idade media
    ancient, antique, antiquite, antiguo, antigua, antike, antico, antica, antigo, antiga, renaissance
    victorian, napoleon, louis xiv, louis xvi, roman, romain, romaine, romano, romana, romische, historical
    historic, history, historique, histoire, historico, historica, historia, historisch, geschichte, storico
    storia, fictional, fictitious, fictif, fictive, ficticio, ficticia, fiktiv, fiktive, fiktiver, fiktiven, fiktives, fittizio, fittizia
    invented, made up, inventato, inventata, invente, inventee, inventado, inventada, immaginario, erfunden
    erfundener, erfundene
    imaginary, imaginaire, imaginario, imaginaria, imaginar, fantasy, fantastique, fantasia, fairy tale
    fairytale, conte de fees, cuento de hadas, marchen, märchen, fiaba, conto de fadas, chess, echecs
    ajedrez, schach, scacchi, xadrez, cards, card, cartes, cartas, karten, carte, legend, legende, leyenda
    sage, leggenda, lenda, mythical, mythique, mitico, mythisch, 1700s, 1800s, 1900s, wwii, world war
    guerre mondiale, guerra mundial, weltkrieg, guerra mondiale, cartoon, dessin anime, dibujos animados
    zeichentrick, animated, anime, lego, toy, toys, puppet, costume, halloween, parody, parodie, parodia
    """
}
