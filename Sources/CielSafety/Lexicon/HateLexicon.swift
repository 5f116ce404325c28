extension BuiltinLexicon {
    /// Hate and extremist propaganda. Slurs are listed so that they can be refused; they are never shown back.
    static let hate = """
    @block hate extremist_symbol
    heil hitler, sieg heil, nazi salute, hitler salute, swastika, swastikas, swastika flag, neo nazi, neo nazis
    neonazi, neonazis, nazi propaganda, white power, white supremacy, white supremacist, white supremacists
    white pride, fourteen words, kkk, ku klux klan, klansmen, klansman, cross burning, burning cross, isis flag
    isis propaganda, jihadist propaganda, jihadi propaganda, al qaeda propaganda, daesh propaganda
    racial holy war, rahowa, great replacement, master race, aryan race, aryan brotherhood, hitler youth
    salut nazi, croix gammee, croix gammees, propagande nazie, suprematie blanche, suprematiste blanc
    grand remplacement, race superieure, race aryenne, saludo nazi, esvastica, esvasticas, cruz gamada
    propaganda nazi, supremacia blanca, supremacista blanco, raza superior, raza aria, hitlergruss
    hitlergruß, hakenkreuz, hakenkreuze, hakenkreuzfahne, nazipropaganda, herrenrasse, arische rasse
    weiße vorherrschaft, rassenkrieg, saluto nazista, saluto romano, svastica, svastiche, croce uncinata
    propaganda nazista, supremazia bianca, razza superiore, razza ariana, saudacao nazista, suastica
    suasticas, cruz suastica, propaganda nazista, supremacia branca, raca superior, raca ariana

    @block hate slur_or_incitement
    women are inferior, women inferior, women deserve to be beaten, femmes inferieures, les femmes sont inferieures
    mujeres inferiores, las mujeres son inferiores, frauen minderwertig, frauen sind minderwertig
    donne inferiori, le donne sono inferiori, mulheres inferiores, as mulheres sao inferiores
    nigger, niggers, nigga, niggas, faggot, faggots, kike, kikes, spic, spics, chink, chinks, wetback
    wetbacks, raghead, ragheads, towelhead, towelheads, sand nigger, gook, gooks, tranny, trannies, coons
    gas the jews, kill all jews, kill the jews, kill all muslims, kill the muslims, kill all blacks
    kill all gays, death to jews, death to muslims, death to immigrants, hang the gays, ethnic cleansing
    subhuman race, untermensch, untermenschen, bougnoule, bougnoules, youpin, youpins, bicot, bicots
    sale arabe, sales arabes, sale juif, sales juifs, sale noir, sales noirs, sale negre, mort aux juifs
    mort aux arabes, mort aux musulmans, nettoyage ethnique, sudaca, sudacas, maricon, maricones, negrata
    judio de mierda, judios de mierda, muerte a los judios, muerte a los inmigrantes, limpieza etnica
    kanake, kanaken, neger, schwuchtel, schwuchteln, judensau, auslander raus, ausländer raus, tod den juden
    juden raus, ethnische säuberung, frocio, froci, ricchione, negro di merda, zingaro di merda
    ebreo di merda, morte agli ebrei, pulizia etnica, viado, viados, judeu imundo, morte aos judeus
    limpeza etnica, negro imundo
    """
}
