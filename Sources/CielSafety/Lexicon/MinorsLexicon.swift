extension BuiltinLexicon {
    /// Explicit child-abuse terms (blocked on their own) and the words for a minor used by the minors rule.
    static let minors = """
    @block minors explicit_abuse_term
    child porn, child pornography, kiddie porn, kiddy porn, cp video, csam, pedo, pedos, paedo, pedophile
    pedophiles, paedophile, paedophilia, pedophilia, pedophilic, pedobear, loli, lolis, lolicon, shota, shotacon
    jailbait, jail bait, preteen model, preteen models, underage sex, underage nude, underage naked, child sex
    child abuse material, sexualized child, sexualised child, child erotica, pedopornographie, pedophilie
    pedopornografia, pornografia infantil, pornographie infantile, kinderpornografie, kinderporno, kinderpornos
    pedofilo, pedofilia, pedofili, pedofilo, pédophile, pedofiel, abuso sexual infantil, abus sexuel sur mineur
    sexueller kindesmissbrauch, kindesmissbrauch, abuso sessuale su minori, abuso sexual de menores
    child bride wedding night, underage bride, lolita style nude

    @concept minor
    # English
    child, children, childs, kid, kids, kiddo, toddler, toddlers, infant, infants, baby, babies, little girl
    little girls, little boy, little boys, young girl, young girls, young boy, young boys, schoolgirl
    schoolgirls, schoolboy, schoolboys, school girl, school boy, preteen, preteens, pre teen, tween, tweens
    teen, teens, teenage, teenager, teenagers, teenaged, underage, under age, minor, minors, juvenile
    adolescent, adolescents, youngster, youngsters, pubescent, prepubescent, middle schooler, middle school
    elementary school, primary school, kindergarten, grade schooler, junior high, girl scout, boy scout
    daughter, stepdaughter, stepson, niece, nephew, babysitter and child, student in school uniform
    looks underage, looks like a child, looks like a kid, barely legal, just turned eighteen, young looking, childlike, child like, petite young, lolita
    five year old, six year old, seven year old, eight year old, nine year old, ten year old
    eleven year old, twelve year old, thirteen year old, fourteen year old, fifteen year old
    sixteen year old, seventeen year old, sixth grader, seventh grader, eighth grader, ninth grader
    high schooler, high school girl, high school boy, middle school girl, middle school boy
    # French
    enfant, enfants, gamin, gamine, gamins, gamines, bebe, bebes, fillette, fillettes, petite fille
    petites filles, petit garcon, petits garcons, jeune fille, jeunes filles, jeune garcon, ado, ados
    adolescent, adolescente, adolescents, adolescentes, mineur, mineure, mineurs, mineures, collegienne
    collegiennes, collegien, collegiens, lyceenne, lyceennes, ecoliere, ecolieres, ecolier, ecoliers
    gosse, gosses, pucelle, fille de douze ans, fille de treize ans, fille de quatorze ans
    # Spanish
    nino, nina, ninos, ninas, nene, nena, nenes, nenas, chiquilla, chiquillo, chiquillas, chiquillos
    criatura, bebe, bebes, adolescente, adolescentes, menor, menores, menor de edad
    menores de edad, colegiala, colegialas, colegial, jovencita, jovencitas, chavala, chavalita, muchachita
    # German
    ein kind, das kind, einem kind, dem kind, des kindes, kindes, kinder, kindern, kleinkind, kleinkinder, baby, babys, mädchen, kleines mädchen, kleine mädchen
    kleiner junge, teenager, teenagerin, jugendliche, jugendlicher, jugendlichen
    minderjährig, minderjährige, minderjährigen, minderjähriger, schulmädchen, schülerin, schülerinnen
    schüler, göre, backfisch, zehnjahrige, elfjahrige, zwolfjahrige, dreizehnjahrige, vierzehnjahrige
    funfzehnjahrige, sechzehnjahrige, siebzehnjahrige, zehnjahriger, zwolfjahriger, vierzehnjahriger
    # Italian
    bambino, bambina, bambini, bambine, bimbo, bimba, bimbi, bimbe, neonato, neonata, ragazzino
    ragazzina, ragazzini, ragazzine, adolescente, adolescenti, minorenne, minorenni, scolaretta
    scolarette, scolaro, studentessa delle medie, decenne, undicenne, dodicenne, tredicenne, quattordicenne
    quindicenne, sedicenne, diciassettenne, fanciulla, fanciullo, fanciulli, fanciulle
    # Portuguese
    crianca, criancas, menino, menina, meninos, meninas, menininha, menininho, garotinha, garotinho
    garotinhas, bebe, bebes, nene, adolescente, adolescentes, menor, menores, menor de idade
    menores de idade, colegial, colegiais, novinha, novinhas, ninfeta, ninfetas, pirralha, pirralho
    """
}
