/// The built-in list of living public figures (one person per line: `Full Name|alias|…`) and the common words that
/// never count as a surname on their own. Split by field in `PublicFigures+*.swift`.
enum PublicFigureData {
    /// Every built-in line, all files together.
    static var lines: [String] {
        [politics, france, screen, music, sport, business].flatMap { $0.split(separator: "\n").map(String.init) }
    }

    /// Words that are surnames of someone famous but also ordinary words, frequent first names or very common family
    /// names in the six policy languages (with `dictionaryWordText`, generated from word lists): alone they name nobody ("Swift", "Stone", "Maduro", "Paradis", "Grande").
    static let commonWords: Set<String> = words(in: commonWordText + "\n" + dictionaryWordText)

    /// Frequent given names in the six policy languages: a listed surname right after one of them (and not matched
    /// as that person's full name) names someone else ("Serge Gainsbourg", "Karl Marx").
    static let givenNames: Set<String> = words(in: givenNameText)

    /// The space-separated words of a word list; lines starting with `#` are comments.
    private static func words(in text: String) -> Set<String> {
        var words = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            for word in line.split(separator: " ") where !word.isEmpty { words.insert(String(word)) }
        }
        return words
    }

    private static let givenNameText = """
    john johnny james robert michael william david richard joseph thomas charles george paul mark peter
    edward henry frank jack walter arthur albert harry louis karl carl friedrich johann wolfgang ludwig hans
    otto heinrich wilhelm franz ernst hermann kurt werner klaus jurgen dieter gunter helmut rudolf serge
    jean pierre jacques michel andre philippe alain bernard claude francois henri marcel rene roger georges
    maurice lucien gaston yves guy gerard daniel patrick christian marie jeanne anne francoise simone edith
    juan jose antonio manuel francisco luis miguel carlos pedro pablo javier rafael fernando alfonso
    ramon enrique diego gabriel salvador federico giuseppe giovanni luigi francesco mario alessandro
    vittorio umberto enzo sergio silvio bruno roberto carlo giorgio massimo gianni aldo benito joao
    antonio sebastiao vasco luiz fernando ayrton mahatma indira
    """

    private static let commonWordText = """
    # session 3: a German word and a battle read as surnames
    doku hastings gandhi sisi
    swift stone rose may bush cook page gates jobs king young white black green brown wood hill lee kim park wang
    smith johnson williams jones miller davis wilson taylor anderson thomas jackson martin thompson moore allen
    harris clark lewis robinson walker hall allen wright scott adams baker nelson carter mitchell perez roberts
    turner phillips campbell parker evans edwards collins stewart morris rogers reed cook morgan bell murphy bailey
    rivera cooper richardson cox howard ward torres peterson gray ramirez james watson brooks kelly sanders price
    bennett barnes ross henderson coleman jenkins perry powell long patterson hughes flores washington butler
    simmons foster gonzales bryant alexander russell griffin diaz hayes myers ford hamilton graham sullivan wallace
    woods cole west jordan owens reynolds fisher ellis harrison gibson mcdonald cruz marshall ortiz gomez murray
    freeman wells webb simpson stevens tucker porter hunter hicks crawford henry boyd mason morales kennedy warren
    dixon ramos reyes burns gordon shaw holmes rice robertson hunt black daniels palmer mills nichols grant knight
    ferguson rose stone hawkins dunn perkins hudson spencer gardner stephens payne pierce berry matthews arnold
    wagner willis ray watkins olson carroll duncan snyder hart cunningham bradley lane andrews ruiz harper fox riley
    armstrong carpenter weaver greene lawrence elliott chavez sims austin peters kelley franklin lawson fields
    gutierrez ryan schmidt carr vasquez castillo wheeler chapman oliver montgomery richards williamson johnston
    banks meyer bishop mccoy howell alvarez morrison hansen fernandez garza harvey little burton stanley nguyen
    george jacobs reid fuller lynch dean gilbert garrett romero welch larson frazier burke hanson day mendoza moreno
    bowman medina fowler brewer hoffman carlson silva pearson holland douglas fleming jensen vargas byrd davidson
    hopkins may terry herrera wade soto walters curtis neal caldwell lowe jennings barnett graves jimenez horton
    shelton barrett obrien castro sutton gregory mckinney lucas miles craig rodriquez chambers holt lambert fletcher
    watts bates hale rhodes pena beck newman haynes mcdaniel mendez bush vaughn parks dawson santiago norris hardy
    love steele curry powers schultz barker guzman page munoz ball keller chandler weber leonard walsh lyons ramsey
    wolfe schneider mullins benson sharp bowen daniel barber cummings hines baldwin griffith valdez hubbard salazar
    reeves warner stevenson burgess santos tate cross garner mann mack moss thornton dennis mcgee farmer delgado
    aguilar vega glover manning cohen harmon rodgers robbins newton todd blair higgins ingram reese cannon strickland
    townsend potter goodwin walton rowe hampton ortega patton swanson joseph francis goodman maldonado yates becker
    erickson hodges rios conner adkins webster norman malone hammond flowers cobb moody quinn blake maxwell pope
    floyd osborne paul mccarthy guerrero lindsey estrada sandoval gibbs tyler gross fitzgerald stokes doyle sherman
    saunders wise colon gill alvarado greer padilla simon waters nunez ballard schwartz mcbride houston christensen
    klein pratt briggs parsons mclaughlin zimmerman french buchanan moran copeland roy pittman brady mccormick holloway
    brock poole frank logan owen bass marsh drake wong jefferson park morton abbott sparks patrick norton huff clayton
    massey lloyd figueroa carson bowers roberson barton tran lamb harrington casey boone cortez clarke mathis singleton
    wilkins cain bryan underwood hogan mckenzie collier luna phelps mcguire allison bridges wilkerson nash summers
    atkins wilcox pitts conley marquez burnett richard cochran chase davenport hood gates clay ayala sawyer roman
    vazquez dickerson hodge acosta flynn espinoza nicholson monroe wolf morrow kirk randall anthony whitaker oconnor
    skinner ware molina kirby huffman bradford charles gilmore dominguez oneal bruce lang combs kramer heath hancock
    gallagher gaines shaffer short wiggins mathews mcclain fischer wall small melton hensley bond dyer cameron grimes
    contreras christian wyatt baxter snow mosley shepherd larsen hoover beasley glenn petersen whitehead meyers keith
    garrison vincent shields horn savage olsen schroeder hartman woodard mueller kemp deleon booth patel calhoun
    wiley eaton cline navarro harrell lester humphrey parrish duran hutchinson hess dorsey bullock robles beard dalton
    avila vance rich blackwell york johns blankenship trevino salinas campos pruitt moses callahan golden montoya
    hardin guerra mcdowell carey stafford gallegos henson wilkinson booker merritt miranda atkinson orr decker hobbs
    preston tanner knox pacheco stephenson glass rojas serrano marks hickman english sweeney strong prince mcclure
    conway walter roth maynard farrell lowery hurst nixon weiss trujillo ellison sloan juarez winters mclean randolph
    leon boyer villarreal mccall gentry carrillo kent ayers lara shannon sexton pace hull leblanc browning velasquez
    leach chang house sellers herring noble foley bartlett mercado landry durham walls barr mckee bauer rivers
    bradshaw pugh velez rush estes dodson morse sheppard weeks camacho bean barron livingston middleton spears
    branch blevins chen kerr mcconnell hatfield harding ashley solis herman frost giles blackburn william pennington
    woodward finley mcintosh koch best solomon mccullough dudley nolan blanchard rivas brennan mejia kane benton
    joyce buckley haley valentine maddox russo mcknight buck moon mcmillan crosby berg dotson mays roach church chan
    richmond meadows faulkner oneill knapp kline barry ochoa jacobson gay avery hendricks horne shepard hebert
    cherry cardenas mcintyre whitney waller holman donaldson cantu terrell morin gillespie fuentes tillman sanford
    bentley peck key salas rollins gamble dickson battle santana cabrera cervantes howe hinton hurley spence zamora
    yang mcneil suarez case petty gould mcfarland sampson carver bray rosario macdonald stout hester melendez dillon
    farley hopper galloway potts bernard joyner stein aguirre osborn mercer bender franco rowland sykes benjamin
    travis pickett crane sears mayo dunlap hayden wilder mckay coffey mccarty ewing cooley vaughan bonner cotton
    holder stark ferrell cantrell fulton lynn lott calderon rosa pollard hooper burch mullen fry riddle levy david
    duke odonnell guy michael britt frederick daugherty berger dillard alston jarvis frye riggs chaney odom duffy
    fitzpatrick valenzuela merrill mayer alford mcpherson acevedo donovan barrera albert cote reilly compton raymond
    mooney mcgowan craft cleveland clemons wynn nielsen baird stanton snider rosales bright witt stuart hays holden
    rutledge kinney clements castaneda slater hahn emerson conrad burks delaney pate lancaster sweet justice tyson
    sharpe whitfield talley macias irwin burris ratliff mccray madden kaufman beach goff cash bolton mcfadden levine
    good byers kirkland kidd workman carney dale mcleod holcomb england finch head burt hendrix sosa haney franks
    sargent nieves downs rasmussen bird hewitt lindsay le foreman valencia oneil delacruz vinson dejesus hyde forbes
    gilliam guthrie wooten huber barlow boyle mcmahon buckner rocha puckett langley knowles cooke velazquez whitley
    noel vang
    martin bernard thomas petit robert richard durand dubois moreau laurent simon michel lefebvre leroy roux david
    bertrand morel fournier girard bonnet dupont lambert fontaine rousseau vincent muller lefevre faure andre mercier
    blanc guerin boyer garnier chevalier francois legrand gauthier garcia perrin robin clement morin nicolas henry
    roussel mathieu gautier masson marchand duval denis dumont marie lemaire noel meyer dufour meunier brun blanchard
    giraud joly riviere lucas brunet gaillard barbier arnaud martinez gerard roche renard schmitt roy leroux colin
    vidal caron picard roger fabre aubert lemoine renaud dumas lacroix olivier philippe bourgeois pierre benoit rey
    leclerc payet rolland leclercq guillaume lecomte lopez jean dupuy guillot hubert berger carpentier sanchez dupuis
    moulin louis deschamps huet vasseur perez boucher fleury royer klein jacquet adam paris poirier marty aubry guyot
    carre charles renault charpentier menard maillard baron bertin bailly herve schneider fernandez le collet leger
    bouvier julien prevost millet perrot daniel cousin germain breton besson langlois remy pelletier leveque perrier
    leblanc barre lebrun marchal weber mallet hamon boulanger jacob monnier michaud rodriguez guichard gillet etienne
    grondin poulain tessier chevallier collin chauvin da bouchet gay lemaitre benard marechal humbert reynaud antoine
    hoarau perret barthelemy cordier pichon lejeune gilbert lamy delaunay pasquier carlier laporte
    garcia gonzalez rodriguez fernandez lopez martinez sanchez perez gomez martin jimenez ruiz hernandez diaz moreno
    alvarez munoz romero alonso gutierrez navarro torres dominguez vazquez ramos gil ramirez serrano blanco molina
    morales suarez ortega delgado castro ortiz rubio marin sanz nunez iglesias medina garrido cortes castillo santos
    lozano guerrero cano prieto mendez cruz calvo gallego vidal leon marquez herrera pena flores cabrera campos vega
    fuentes carrasco diez caballero reyes nieto aguilar pascual santana herrero lorenzo montero hidalgo gimenez ibanez
    ferrer duran santiago benitez mora vicente vargas arias carmona crespo roman pastor soto saez velasco moya soler
    parra esteban bravo gallardo rojas
    muller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schafer koch bauer richter klein wolf
    schroder neumann schwarz zimmermann braun kruger hofmann hartmann lange schmitt werner schmitz krause meier lehmann
    schmid schulze maier kohler herrmann konig walter mayer huber kaiser fuchs peters lang scholz moller weiss jung
    hahn schubert vogel friedrich keller gunther frank berger winkler roth beck lorenz baumann franke albrecht
    schuster simon ludwig bohm winter kraus martin schumacher kramer vogt stein jager otto sommer gross seidel
    heinrich brandt haas schreiber graf schulte dietrich ziegler kuhn kuhl pohl engel horn busch bergmann thomas voigt
    sauer arnold wolff pfeiffer
    rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti de costa giordano mancini
    rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso ferrara galli martini leone longo gentile
    martinelli vitale lombardo serra coppola de santis d angelo marchetti parisi villa conte ferraro ferri fabbri
    bianco marini grasso valentini messina sala de luca gatti pellegrini palumbo sanna farina rizzi monti cattaneo
    morelli amato silvestri mazza testa grassi pellegrino carbone giuliani benedetti barone rossetti caputo montanari
    guerra palmieri bernardi martino fiore de rosa ferretti bellini basile riva donati piras vitali battaglia sartori
    neri costantini milani pagano ruggiero sorrentino d amico orlando damico negri
    silva santos ferreira pereira oliveira costa rodrigues martins jesus sousa fernandes goncalves gomes lopes marques
    alves almeida ribeiro pinto carvalho teixeira moreira correia mendes nunes soares vieira monteiro cardoso rocha
    raposo neves coelho cruz cunha pires ramos reis simoes antunes matos fonseca machado araujo barbosa tavares lourenco
    castro figueiredo azevedo freitas henriques batista miranda moura lima
    singh kumar sharma khan ali ahmed hassan hussain mohammed mohamed muhammad ibrahim abdullah rahman islam patel
    shah chen li zhang liu yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo zheng liang song tang han feng
    deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen yao lu jiang cui
    nguyen tran pham hoang phan vu vo dang bui do ho ngo duong ly kim lee park choi jung kang cho yoon jang lim han
    oh seo shin kwon hwang ahn song yoo hong jeon ko moon yang son bae baek heo nam sato suzuki takahashi tanaka
    watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi
    shimizu ndiaye diop fall sow diallo ba sy traore coulibaly keita kone toure camara cisse diarra sylla kouyate
    john james robert michael william david richard joseph charles thomas christopher daniel matthew anthony mark
    donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
    nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
    jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian
    keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe
    logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene mary
    patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret ashley
    kimberly emily donna michelle carol amanda melissa deborah stephanie dorothy rebecca sharon laura cynthia amy
    kathleen angela shirley brenda emma anna pamela nicole samantha katherine christine helen debra rachel carolyn
    janet maria catherine heather diane olivia julie joyce victoria ruth virginia lauren kelly christina joan evelyn
    judith andrea hannah megan cheryl jacqueline martha madison teresa gloria sara janice ann kathryn abigail sophia
    frances jean alice judy isabella julia grace amber denise danielle marilyn beverly charlotte natalie theresa diana
    brittany doris kayla alexis lori marie jean pierre michel philippe alain nicolas christophe patrick daniel bernard
    eric frederic laurent stephane david julien olivier thierry sebastien pascal francois vincent jerome christian
    nathalie isabelle sylvie catherine francoise martine christine sophie valerie sandrine veronique celine chantal
    jose antonio manuel francisco juan david javier carlos jesus miguel pedro alejandro rafael pablo fernando jorge
    luis sergio alberto angel diego ramon enrique andres vicente victor eduardo ricardo roberto raul ignacio oscar
    carmen josefa isabel dolores pilar teresa ana rosa cristina angeles lucia paula elena raquel marta laura sara
    giuseppe giovanni antonio mario luigi francesco angelo vincenzo pietro salvatore carlo franco domenico bruno paolo
    michele giorgio aldo sergio luciano marco stefano andrea roberto alessandro massimo giulia chiara francesca anna
    rosa angela giovanna lucia paola elena alessia martina sofia aurora
    hans peter klaus wolfgang michael thomas andreas jurgen stefan christian uwe frank bernd ralf matthias dieter
    werner markus jorg sabine petra monika ursula andrea claudia susanne birgit karin heike gabriele stefanie
    joao jose antonio francisco carlos paulo pedro lucas luiz marcos luis gabriel rafael daniel marcelo bruno eduardo
    felipe raimundo rodrigo manoel mateus andre fernando fabio leonardo gustavo guilherme leandro tiago anderson
    ricardo marcio jorge alexandre roberto edson diego vitor sergio claudio matheus thiago geraldo adriano luciano
    julio renato alex vinicius rogerio samuel ronaldo mario flavio douglas igor davi manuel jeferson cicero victor
    miguel robson mauricio danilo henrique caio reinaldo
    maria ana francisca antonia adriana juliana marcia fernanda patricia aline sandra camila amanda bruna jessica
    leticia julia luciana vanessa mariana gabriela vera vitoria larissa claudia beatriz luana rita sonia renata eliane
    # words and places that are also famous surnames or single names (and dead painters: "Manet" is Édouard)
    manet goya
    swift stone rose bush may cook page gates jobs cash banks wood pitt cruise grande styles mars spice stallion
    legend keys carpenter cabello bunny yankee pluma peso power berg kaiser urlaub anders wurst zimmer mutter domingo
    kaufmann flowers plant urban combs waters gabriel harry mango marrone bano ferro iglesias vives monte lima
    lively hart holland butler bale bullock pine berry diesel bacon phoenix driver teller blunt elba jordan rock grant
    bloom banderas luna armas torres moss hilton toro close foster hudson sheen pike waltz morte casas vega rueda
    segura motos castillo secco paes marchand clavier reno paradis fois boon green laurent blanc petit hazard parker
    doue fils prost pinot sommer seguin bern salame bouleau auteuil mensch dour ramadan salah mami royal borne
    hollande maire berge sejourne lang faure hidalgo rousseau marechal bertrand maduro lula duda costa conte
    sanchez zapatero montenegro ventura sousa marin meloni truss blair lama chanteur chanteuse rappeur acteur
    youtubeur footballeur entraineur musicien gardien president ministre fille emission ecrivain suisse quebec
    conseiller commissaire sport lvmh singer rapper actor actress cantante cantora cantor attore attrice schauspieler
    sanger sangerin musician guitarist drummer dj producer model author designer youtuber streamer influencer
    footballer basketball quarterback cricketer driver rider boxer tennis composer pianist tenor humoriste
    france monaco jordan georgia chad india china niger mali peru cuba israel iran iraq paris london berlin rome
    madrid lisboa lisbon washington victoria charlotte orlando austin houston dallas denver phoenix boston chicago
    florence sydney vienna dakota nevada virginia carolina brooklyn savannah dublin
    system queens boy girl man men kid kids best star stars moon sun wall fox bear wolf lion tiger eagle hawk dove
    """
}
