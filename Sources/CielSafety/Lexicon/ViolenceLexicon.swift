extension BuiltinLexicon {
    /// Graphic violence and gore.
    static let violence = """
    @block violence_gore graphic_term
    blowtorch to his face, blowtorch to her face, head getting crushed, head crushed, crushed head
    tete ecrasee, cabeza aplastada, kopf zerquetscht, testa schiacciata, cabeca esmagada, body parts everywhere
    morceaux du corps, pedazos del cuerpo, korperteile, pezzi del corpo, pedacos do corpo, gouging out eyes
    gouge out his eyes, gouges out, gouged out, crever les yeux, sacan los ojos, arrancar los ojos
    augen ausstechen, cavare gli occhi, arrancar os olhos, colpo alla nuca, necklacing, dentro dos pneus
    skinning alive, skinned alive, skinning a man, skinning a guy, skin him alive, flayed, flaying, ecorche vif
    ecorcher vif, desollado, desollar, arrancan la piel, arrancar la piel, bei lebendigem leib gehautet
    scuoiato, scuoiare, scuoiando, esfolado, esfolar, esfolando, blood splatter, brain splatter, brains splattered, cervello che schizza, sesos esparcidos
    hirn spritzt, cervelle sur le mur, miolos espalhados, abgeschnittene finger, abgeschnittenen fingern
    cut off fingers, severed fingers, doigts coupes, dedos cortados, dita mozzate, execution by hanging
    execution par pendaison, public hanging, hanging execution, ejecucion en la horca, ahorcamiento publico
    hinrichtung durch erhangen, impiccagione, execucao por enforcamento, shot in the head, balle dans la tete
    tiro en la cabeza, kopfschuss, colpo in testa, tiro na cabeca
    # third pass (session 3): decapitation, tongues, open bodies, exploding skulls, six languages
    tete tranchee, tetes tranchees, cabeza cercenada, testa tagliata, cabeca cortada, abgeschlagener kopf
    abgeschlagenen kopf, head chopped off
    cut out his tongue, cut out her tongue, tongue cut out, cutting out his tongue, coupe la langue, couper la langue
    le cortan la lengua, cortarle la lengua, zunge abgeschnitten, schneiden ihm die zunge, tagliano la lingua
    tagliare la lingua, cortam a lingua, cortar a lingua, abierto en canal, abierta en canal, aperto in due
    ouvert en deux, skull exploding, skull explodes, crane qui explose, craneo que explota, cranio che esplode
    schadel explodiert, cranio explodindo, cranio explode, colpo alla testa a bruciapelo, point blank to the head
    a bout portant dans la tete, a quemarropa en la cabeza, aus nachster nahe in den kopf, a queima roupa na cabeca
    bodies torn apart, body torn apart, torn limb from limb, cut into pieces, chopped into pieces
    hacked to pieces, hacked into pieces, decoupe en morceaux, coupe en morceaux, corps decoupe, mis en pieces
    descuartizado, descuartizada, hecho pedazos, cortado en pedazos, zerstuckelt, zerstueckelt
    in stucke gehackt, in stucke geschnitten, fatto a pezzi, fatta a pezzi, tagliato a pezzi, fatti a pezzi
    esquartejado, esquartejada, cortado em pedacos, feito em pedacos
    acid attack, burned with acid, burnt with acid, throws acid, thrown acid, executing civilians
    executing prisoners, execute civilians, executed civilians, summary execution, attaque a l acide
    brule a l acide, executant des civils, execute des civils, ataque con acido, quemada con acido
    ejecutando a civiles, ejecutan a civiles, saureangriff, mit saure veratzt, exekutieren zivilisten
    erschiessen zivilisten, attacco con l acido, sfregiata con l acido, giustiziano civili, giustiziare civili
    ataque com acido, queimada com acido, executando civis, executam civis
    descuartiz*, esquartej*, squartat*, tearing his throat out, tearing her throat out, ripping his throat out
    # stems that cover every inflection
    decapit*, dismember*, disembowel*, eviscerat*, behead*, desmembr*, smembr*, sgozz*, degoll*, egorg*, eventr*
    destrip*, estrip*, sventr*, zerstuckel*, enthaupt*, verstummel*, ausgeweid*, mutila*, gefoltert*, massaker*
    gemetzel*, stabbing someone to death, stabs him to death, stabs her to death, beaten to death, beats him to death
    coupe les doigts, couper les doigts, coupe la main, coupe la tete, coupe les oreilles, arrache les yeux
    tranche la gorge, corta los dedos, corta la mano, corta la cabeza, arranca los ojos, taglia le dita
    taglia la mano, taglia la testa, cava gli occhi, corta os dedos, corta a mao, corta a cabeca, arranca os olhos
    schneidet die finger ab, schneidet ihm die finger ab, hackt die hand ab, sticht die augen aus
    # English
    gore, gory, gorefest, splatter gore, blood splatter, blood splattered, blood spatter, bloodbath, blood bath
    bloodied corpse, dismember, dismembers, dismembered, dismembering, dismemberment, decapitate, decapitated
    decapitating, decapitation, behead, beheads, beheaded, beheading, disembowel, disemboweled, disembowelled
    disemboweling, eviscerated, evisceration, entrails, guts spilling, guts spilling out, intestines spilling
    intestines hanging out, mutilate, mutilated, mutilating, mutilation, severed head, severed heads
    severed limbs, severed limb, severed arm, severed leg, torn off limbs, flayed, flaying, skinned alive
    burned alive, burnt alive, burning alive, gouged eyes, gouging out eyes, eyes gouged out, brains splattered
    brains blown out, blowing his brains out, head exploding, exploding head, skull crushed, crushed skull
    massacre, massacred, massacring, slaughtered people, slaughtering people, slaughter of civilians
    torture, tortured, torturing, torture scene, mass shooting, school shooting, shooting civilians
    shooting people, shoots people, gunning down, gunned down, stabbed to death, stabbing him repeatedly
    stabbing her repeatedly, stabbed repeatedly, brutally murdered, brutal murder, murdering, slit throat
    slits his throat, slits her throat, slitting throats, throat slit, cut his throat, cut her throat
    mangled body, mangled bodies, mutilated corpse, mutilated body, rotting corpse, pile of corpses
    piles of corpses, dead bodies everywhere, snuff film, snuff video, lynching, lynched, impaled, impaling
    genocide, ethnic massacre, terrorist attack, suicide bomber, suicide bombing, car bomb, bomb in a crowd
    ramming into a crowd, execution video, public execution, firing squad execution, executed by firing squad
    hanging bodies, hanged man swinging, child soldier killing, killing spree, cannibal, cannibalism
    eating human flesh, human flesh, animal cruelty, torturing animals, torturing a dog, kicking a puppy
    # French
    bain de sang, demembre, demembree, demembrement, decapite, decapitee, decapites, decapitation, egorge
    egorgee, egorger, egorgement, eventre, eventree, eventrer, tripes a l air, entrailles, mutile, mutilee
    mutiles, mutilation, tete coupee, tetes coupees, membres arraches, brule vif, brulee vive, bruler vif
    torture, tortures, torturer, torture a mort, massacre, massacres, massacrer, tuerie, carnage
    fusillade dans une ecole, poignarde a mort, poignardee a mort, cadavre mutile, charnier
    lynchage, lynche, empale, empalee, genocide, attentat terroriste, attentat suicide, cervelle eclatee
    crane ecrase, yeux arraches, chair humaine, cannibale, cannibalisme, execution publique
    # Spanish
    bano de sangre, desmembrado, desmembrada, desmembrar, desmembramiento, decapitado, decapitada
    decapitados, decapitacion, degollado, degollada, degollar, degollamiento, destripado, destripada
    destripar, entranas, mutilado, mutilada, mutilados, mutilacion, cabeza cortada, cabezas cortadas
    quemado vivo, quemada viva, tortura, torturado, torturada, torturar, masacre, masacrar, matanza
    tiroteo masivo, tiroteo en una escuela, apunalado hasta la muerte, apunalada hasta la muerte
    cadaver mutilado, fosa comun, linchamiento, linchado, empalado, empalada, genocidio
    atentado terrorista, terrorista suicida, sesos esparcidos, craneo aplastado, ojos arrancados, carne humana
    canibal, canibalismo, ejecucion publica, fusilamiento
    # German
    blutbad, blutrausch, zerstückelt, zerstückelte, zerstückelung, enthauptet, enthauptete, enthauptung
    kehle durchgeschnitten, kehle aufgeschlitzt, ausgeweidet, eingeweide, gedärme, verstümmelt
    verstümmelte, verstümmelung, abgetrennter kopf, abgetrennte köpfe, abgetrennte gliedmaßen
    lebendig verbrannt, folter, gefoltert, foltert, foltern, folterszene, massaker, gemetzel, amoklauf
    schulmassaker, schießerei in einer schule, erstochen, niedergestochen, verstümmelte leiche, leichenberg
    leichenberge, massengrab, lynchmord, gelyncht, gepfählt, völkermord, terroranschlag, selbstmordattentäter
    selbstmordattentat, hirn verspritzt, zertrümmerter schädel, ausgestochene augen, menschenfleisch
    kannibale, kannibalismus, öffentliche hinrichtung, hinrichtung, erschießungskommando
    # Italian
    bagno di sangue, smembrato, smembrata, smembramento, decapitato, decapitata, decapitati, decapitazione
    sgozzato, sgozzata, sgozzare, sventrato, sventrata, sventrare, budella, viscere, mutilato, mutilata
    mutilati, mutilazione, testa mozzata, teste mozzate, arti mozzati, bruciato vivo, bruciata viva, tortura
    torturato, torturata, torturare, massacro, massacrati, strage, carneficina, sparatoria di massa
    sparatoria in una scuola, accoltellato a morte, accoltellata a morte, cadavere mutilato,
    fossa comune, linciaggio, linciato, impalato, impalata, genocidio, attentato terroristico
    attentatore suicida, cervello spappolato, cranio fracassato, occhi cavati, carne umana, cannibale
    cannibalismo, esecuzione pubblica, fucilazione
    # Portuguese
    banho de sangue, desmembrado, desmembrada, desmembramento, decapitado, decapitada, decapitados
    decapitacao, degolado, degolada, degolar, degola, estripado, estripada, estripar, entranhas, visceras
    mutilado, mutilada, mutilados, mutilacao, cabeca decepada, cabecas decepadas, membros decepados
    queimado vivo, queimada viva, tortura, torturado, torturada, torturar, massacre, massacrar, chacina
    tiroteio em massa, tiroteio em escola, esfaqueado ate a morte, esfaqueada ate a morte, cadaver mutilado
    vala comum, linchamento, linchado, empalado, empalada, genocidio, atentado terrorista
    homem bomba, miolos espalhados, cranio esmagado, olhos arrancados, carne humana, canibal, canibalismo
    execucao publica, fuzilamento
    """
}
