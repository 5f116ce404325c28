extension BuiltinLexicon {
    /// Innocent collocations: their words are shielded from every other stage ("chicken breast" never counts as
    /// sexual, "killer whale" never as violent, "blood orange" never as gore).
    static let allow = """
    @allow
    toy mouse, murdering a toy, vampire hunter, chasseur de vampires, pieu dans dracula, stake through dracula
    cazador de vampiros, vampirjager, cacciatore di vampiri, cacador de vampiros, von fucking, heute fugging
    ortsschild von fucking, fugging, village of fucking, fucking austria, fucking in austria, fruher fucking, frueher fucking
    estatua grega nua, statue grecque nue, estatua griega desnuda, statua greca nuda, nude greek statue
    greek nude statue, nackte griechische statue, maja desnuda, la maja desnuda, greek statue, nude statue, nude sculpture, marble nude, statue grecque
    statue nue, estatua griega, estatua desnuda, estatua nua, estatua grega, statua greca, statua nuda
    nackte statue, griechische statue, venus de milo, birth of venus, naissance de venus, nascimiento de venus
    nascita di venere, nascimento de venus, dejeuner sur l herbe
    sexual health, sexual education, sexual orientation, sexual reproduction, sexual selection
    sexual dimorphism, sexual harassment awareness, sexual harassment training, sexual consent education
    sexual health clinic, education sexuelle, sante sexuelle, orientation sexuelle, reproduction sexuee
    educacion sexual, salud sexual, orientacion sexual, reproduccion sexual, sexualerziehung
    sexuelle gesundheit, sexuelle orientierung, sexuelle fortpflanzung, educazione sessuale
    salute sessuale, orientamento sessuale, riproduzione sessuale, educacao sexual, saude sexual
    orientacao sexual, reproducao sexual
    chicken breast, chicken breasts, turkey breast, duck breast, breast stroke, breast cancer, breast feeding
    breast pump, breast milk, nude coloured, nude colored, nude colour, nude color, nude lipstick, nude lip
    nude lips, nude heels, nude shoes, nude pumps, nude tones, nude tone, nude palette, nude beige, nude pink
    nude makeup, nude nail polish, nude nails, nude manicure, nude sandals, nude dress colour
    couleur nude, rouge a levres nude, vernis nude, maquillage nude, tono nude, color nude, farbe nude
    naked mole rat, naked mole rats, naked eye, with the naked eye, naked flame, naked truth, naked ape
    killer whale, killer whales, killer app, killer heels, shooting star, shooting stars, photo shoot
    shooting stars night, sex of the baby, same sex, same-sex, opposite sex, sex education, sex ed
    mismo sexo, mesmo sexo, meme sexe, sexe oppose, sexo opuesto, stesso sesso, sex pistols, sex and the city
    cum laude, summa cum laude, magna cum laude, moby dick, philip k dick, pussy cat, pussy willow, pussycat
    blue tits, great tits, blue tit, great tit, coal tit, horny toad, spic and span, chink in the armor
    chink in the armour, chink of light, pieds nus, a pieds nus, pied nu, oeil nu, a l oeil nu, mains nues
    tete nue, torse nu, bras nus, murs nus, mur nu, fil nu, a ojo desnudo, pies desnudos, arboles desnudos
    ramas desnudas, pared desnuda, nackte wahrheit, nackten fussen, nackte fusse, nackte wande, a occhio nudo
    piedi nudi, mani nude, muro nudo, a olho nu, pes nus, nu metal, nu jazz, nu disco, undressed salad
    bottomless pit, bottomless brunch, bottomless mimosas, bottomless fries, bottomless coffee, topless car
    topless bus, topless convertible, oilseed rape, rape seed, rape field, rape fields, violer la loi
    violer les regles, violar la ley, violar las normas, groping in the dark, groping around, suicide squad
    suicide doors, suicide door, blood orange, blood oranges, blood moon, blood donation, blood donor
    blood test, blood type, blood pressure, blood bank, blood drive, tortured artist, tortured soul
    bottle nipple, baby bottle nipple, trump card, trump cards, madonna and child, madonna col bambino
    bush fire, bush fires, jeu du pendu, le pendu, se tue au travail, se tue a la tache, anal retentive
    cut off from the world, cut off from civilization, open wound of history, blood brothers, blood sisters
    first blood, true blood, blood sport, bloodhound, war of the roses, king of hearts, queen of hearts
    king of spades, queen of spades, king of the jungle, burger king, drag queen, drag queens, prom queen
    homecoming queen, beauty queen, snow queen, ice queen, king size, queen size, king prawn, king prawns
    king cobra, king penguin, king crab, queen bee, lion king, prince charming, little prince, le petit prince
    el principito, der kleine prinz, il piccolo principe, o pequeno principe, king arthur, roi arthur
    nude beige, naked cake, naked cakes, naked wines, naked juice, smoothie naked, nu propriete
    no clothes line, hot dog, hot dogs, hot chocolate, hot air balloon, hot sauce, hot spring, hot springs
    musk perfume, musk scent, white musk, musk ox, musk oxen, musk deer, musk rose, nacktschnecke, nacktschnecken
    the sex of, sexing chicks, le sexe du, le sexe de, el sexo del, o sexo do, il sesso del, a poutine, of poutine
    une poutine, de poutine, la poutine, poutine with, poutine fries, poutine gravy, sesso maschile, sesso femminile, sexy car, sexy cars, lust for life, bath toys, bubble bath, bird bath, blood cells, red blood cells
    sex on the beach cocktail, sex on the beach cocktails, cocktail sex on the beach, making a sex on the beach
    mixing a sex on the beach, orders a sex on the beach, ordering a sex on the beach, screaming orgasm shot
    screaming orgasm cocktail, suicide squeeze, suicide squeeze bunt, suicide bunt, blue footed booby
    blue footed boobies, red footed booby, red footed boobies, masked booby, masked boobies, brown booby
    brown boobies, booby bird, booby birds, murdering a song, murdering the song, murdering a karaoke song
    murdering karaoke, murdered the song, murders the song, murdering that song, judith beheading holofernes
    judith slaying holofernes, judith and holofernes, giuditta che decapita oloferne, giuditta e oloferne
    judith et holopherne, judit y holofernes, judit decapitando a holofernes, judith und holofernes
    judith enthauptet holofernes, judite e holofernes, judite decapitando holofernes, matanza del cerdo
    matanza tradicional del cerdo, matanca do porco, matanca tradicional do porco
    a sex on the beach and, and a sex on the beach, suicide sprints, suicide sprint, suicide runs, suicide drills
    off with her head, off with his head, off with their heads, qu on lui coupe la tete, qu on leur coupe la tete
    que le corten la cabeza, que les corten la cabeza, ab mit ihrem kopf, ab mit seinem kopf, tagliatele la testa
    tagliategli la testa, cortem lhe a cabeca, cortem a cabeca dela, cortem a cabeca dele
    # session 3, from the training banks' benign prompts: places, dishes, drinks, sports, medicine, museums
    intercourse pennsylvania, in intercourse, dildo newfoundland, in dildo, tetas de viana, spotted dick
    punheta de bacalhau, porn star martini, pornstar martini, slippery nipple, coctel orgasmo, chupito orgasmo
    coctel sexo en la playa, un sex on the beach, einen sex on the beach, rugby hooker, the hooker hooking, il sesso di un, il sesso di una
    el sexo de un, el sexo de una, o sexo de um, o sexo de uma, le sexe d un, le sexe d une, das geschlecht
    diversidad sexual, diversite sexuelle, diversita sessuale, diversidade sexual, sexuelle vielfalt
    cor nude, cores nude, sapatos nude, sandalias nude, tons nude, ton nude, scarpe nude, colore nude, tonalita nude
    un nu en marbre, nus en marbre, esculturas de nus, esculturas nuas, nackte figuren, nackten figuren
    nackte grazien, nudes in a museum, nude women in a museum, painting of nude, paintings of nude
    c est une tuerie, une vraie tuerie, massacre une chanson, massacre la chanson, massacrer une chanson
    a massacre l ecosse, strage di gol, dia de matanza, caza mayor, suicide prevention
    suicide prevention hotline, suicide hotline, prevention du suicide, prevention suicide, prevencion del suicidio
    suizidpravention, suizidpraevention, prevenzione del suicidio, prevencao do suicidio, suicide wings
    cliff divers, cliff diver, cliff diving, klippenspringer, klippenspringen, plongeurs de falaise, clavadistas
    tuffatori, saltadores de penhasco, depois da pelada, jogar pelada, jogando pelada, na pelada
    pelada de domingo, faggots and peas, swastika rangoli, hindu swastika, autopalpazione del seno
    breast self exam, breast self examination, autoexamen de mama, autoexame da mama, autopalpation des seins
    selbstuntersuchung der brust, gendarme de saint tropez, les nudistes, roten hintern, seinen roten hintern
    """
}
