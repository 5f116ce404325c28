extension BuiltinLexicon {
    /// Depiction of, or instructions for, self-harm and suicide.
    static let selfHarm = """
    @block self_harm suicide_or_self_injury
    # lying down on the tracks (session 3)
    lies down on the tracks, lying down on the tracks, lies on the tracks, lying on the tracks, lies down on the rails
    lies down on the railway tracks, lying on the railway tracks, lies down on the train tracks, lying on the rails
    s allonge sur les rails, allonge sur les rails, s allonge sur la voie ferree, se tumba en las vias
    tumbado en las vias, se acuesta en las vias, acostado en las vias, legt sich auf die gleise, liegt auf den gleisen
    legt sich auf die schienen, liegt auf den schienen, si sdraia sui binari, sdraiato sui binari, si stende sui binari
    deita se nos trilhos, deitado nos trilhos, deita nos trilhos, se deita nos trilhos
    # self-injury and purging, six languages (second pass, from tools/moderation/eval_fresh.jsonl)
    unalive, unaliving, unalived, meanspo, starve yourself, starve herself, starve himself, starve myself
    purging after every meal, purge after every meal, sealed garage, garage with the engine running
    burning her own arm, burning his own arm, burning their own arm, burns her own arm, burns his own arm
    cigarette burns on her arm, cigarette burns on his arm, quitarme la vida, quitarse la vida, quitar la vida
    acabar com tudo, se tira a las vias, tirarse a las vias, se jette sous le metro, se jeter sous un train
    bridge railing and then jumping, jumping off a bridge railing, cortandose, cortandose los brazos, se enforcando, se enforca, enforcar se, ahorcandose, se ahorca
    s impiccare, si impicca, erhangt sich, sich erhangen, sich erhangt, hanging himself
    skin and bones, piel y huesos, pele e osso, haut und knochen, pelle e ossa, peau sur les os
    self harm, selfharm, self injury, self injuring, cutting herself, cutting himself, cuts herself, cuts himself
    fresh cuts, cuts on her arms, cuts on his arms, cuts on her thighs, pro ana, pro mia, thinspo, thinspiration
    vomit after eating, vomiting after eating, purge after eating, purging after meals, automutilation
    se scarifie, se scarifier, se mutile, se mutiler, se faire vomir, vomir apres manger, autolesion
    autolesiones, se autolesiona, se corta los brazos, cortarse los brazos, provocarse el vomito
    vomitar despues de comer, selbstverletzung, ritzt sich, sich ritzt, sich ritzen, ritzen sich
    nach dem essen erbrechen, sich erbrechen um abzunehmen, autolesionismo, si taglia le braccia
    si taglia i polsi, tagliarsi le braccia, tagliarsi, vomitare dopo mangiato, vomitare dopo aver mangiato
    automutilacao, se cortando, se corta, se cortar, cortando os bracos, vomitar depois de comer
    provocar o vomito
    # English
    suicide, suicides, suicidal, commit suicide, commits suicide, committing suicide, kill myself, kill himself
    kill herself, kill themselves, kills himself, kills herself, killing himself, killing herself
    killing themselves, killed himself, killed herself, take his own life, take her own life, takes his own life
    takes her own life, taking her own life, taking his own life, end his life, end her life, ends his life
    ends her life, ending her life, ending his life, end it all, hang himself, hang herself, hangs himself
    hangs herself, hanging himself, hanging herself, hanged himself, hanged herself, noose around his neck
    noose around her neck, tying a noose, jump to his death, jump to her death, jumps to her death
    jumps to his death, jumping to her death, jumping to his death, slit wrists, slit her wrists
    slit his wrists, slits her wrists, slits his wrists, slitting her wrists, slitting his wrists, cut wrists
    self harm, self-harm, selfharm, self harming, self injury, self-injury, self mutilation, self-mutilation
    cutting herself, cutting himself, cuts herself, cuts himself, razor blade on her arm, razor on her wrist
    overdose on pills, overdosing on pills, swallowing all the pills, swallows a bottle of pills
    pro ana, pro-ana, pro mia, thinspiration, thinspo, starving herself to death, starving himself to death
    purging after eating, burning herself with cigarettes, noose around, rope around his neck, rope around her neck
    rope around their neck, noose around their neck, fatal overdose, lethal overdose, deadly overdose, lethal dose
    cuts on her arms, cuts on his arms, cuts on her wrists, cuts on his wrists, cuts on her thighs
    corde au cou, corde autour du cou, overdose mortelle, dose mortelle, dose letale, coupures sur les bras
    soga al cuello, cuerda al cuello, sobredosis mortal, dosis letal, cortes en los brazos, cortes en las munecas
    strick um den hals, seil um den hals, todliche uberdosis, tödliche überdosis, todliche dosis, tödliche dosis
    schnitte an den armen, das leben zu nehmen, leben zu nehmen, cappio al collo, corda al collo, overdose fatale
    dose letale, tagli sulle braccia, tagli sui polsi, corda no pescoco, forca no pescoco, overdose fatal
    dose letal, cortes nos bracos, cortes nos pulsos, shoots himself, shoots herself, shot himself, shot herself
    gun to his own head, gun to her own head, se tire une balle, se tirer une balle, se pega un tiro
    se dispara en la cabeza, erschiesst sich, erschießt sich, sich erschiessen, si spara, spararsi
    da um tiro na propria cabeca, tiro na propria cabeca, se mata com um tiro
    # French
    suicide, suicider, se suicider, se suicide, se suicident, suicidaire, suicidaires, se tuer, se tue
    mettre fin a ses jours, met fin a ses jours, mettant fin a ses jours, se pendre, se pend, se pendant
    pendu, pendue, s ouvrir les veines, s ouvre les veines, se tailler les veines, se taillade les veines
    se taillader les veines, se couper les veines, automutilation, automutile, se scarifier, se scarifie
    scarification, se jeter du pont, se jette du haut, se jeter sous un train, surdose de medicaments
    avaler tous les medicaments
    # Spanish
    suicidio, suicidios, suicida, suicidarse, se suicida, se suicidan, suicidandose, matarse, se mata
    quitarse la vida, se quita la vida, quitandose la vida, ahorcarse, se ahorca, ahorcandose, ahorcado
    ahorcada, cortarse las venas, se corta las venas, cortandose las venas, autolesion, autolesiones
    autolesionarse, se autolesiona, automutilacion, lanzarse al vacio, se lanza al vacio, sobredosis de pastillas
    # German
    selbstmord, selbstmorde, suizid, suizidal, suizidale, sich umbringen, bringt sich um, sich töten
    tötet sich, sich das leben nehmen, nimmt sich das leben, sich erhängen, erhängt sich, sich aufhängen
    hängt sich auf, erhängte, sich die pulsadern aufschneiden, schneidet sich die pulsadern auf
    pulsadern aufschneiden, selbstverletzung, selbstverletzendes verhalten, ritzen, ritzt sich, sich ritzen
    sich von der brücke stürzen, stürzt sich von, überdosis tabletten
    # Italian
    suicidio, suicidi, suicida, suicidarsi, si suicida, suicidandosi, uccidersi, si uccide, togliersi la vita
    si toglie la vita, impiccarsi, si impicca, impiccato, impiccata, tagliarsi le vene, si taglia le vene
    tagliandosi le vene, autolesionismo, autolesionista, autolesionarsi, si autolesiona, buttarsi dal ponte
    si butta dal ponte, overdose di pillole
    # Portuguese
    suicidio, suicidios, suicida, suicidar se, se suicida, suicidando se, se matar, se mata, matar se
    tirar a propria vida, tira a propria vida, tirando a propria vida, enforcar se, se enforca, se enforcar
    enforcado, enforcada, cortar os pulsos, corta os pulsos, cortando os pulsos, automutilacao
    autolesao, se automutila, se cortar, se corta com gilete, pular da ponte para morrer, overdose de comprimidos
    """
}
