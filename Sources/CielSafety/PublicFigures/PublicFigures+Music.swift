extension PublicFigureData {
    /// Musicians, singers, bands' frontmen, DJs and producers (outside France).
    static let music = """
    Taylor Swift|Tailor Swift|Taylor Swfit|Taylor Swif|T Swift|Tay Tay|tswift|taylor alison swift
    Beyoncé|Beyonce|Beyonce Knowles|Beyoncé Knowles|Beyonse|Queen Bey|sasha fierce|beyoncé giselle knowles
    Jay-Z|Jay Z|Shawn Carter|Jayz|hova|jigga man|shawn corey carter
    Rihanna|Rihana|Robyn Rihanna Fenty|badgalriri|bad gal riri|robyn fenty
    Drake rapper|Aubrey Graham|Drizzy|Drake the rapper|Drake singer|champagne papi|aubrey drake graham
    Kanye West|Kanye|Ye West|Kanye Ouest|Kayne West|yeezy|kanye omari west
    Eminem|Marshall Mathers|Slim Shady|Eminen
    Ariana Grande|Arianna Grande|Ariana Grand|ariana grande-butera
    Billie Eilish|Billy Eilish|Billie Elish|Billie Eillish|billie eilish pirate baird o'connell
    Dua Lipa|Dua Lippa
    Lady Gaga|Lady Gagga|Stefani Germanotta
    Katy Perry|Katie Perry|Katy Pery|katy hudson|katheryn hudson
    Justin Bieber|Justin Beiber|Justin Biber|Bieber|biebs|justin drew bieber
    Ed Sheeran|Ed Sheeren|Ed Shearan
    Harry Styles|Harry Style
    Shakira|Shakira Mebarak|Shakirah|shakira isabel mebarak ripoll
    Bad Bunny|Benito Antonio Martínez Ocasio
    Karol G|Karol G singer|la bichota|carolina giraldo navarro
    J Balvin|josé álvaro osorio balvín
    Maluma|juan luis londoño arias
    Daddy Yankee|ramón luis ayala rodríguez
    Ozuna
    Anuel AA|emmanuel gazmey
    Rauw Alejandro
    Peso Pluma|la doble p|hassan emilio kabande
    Rosalía|Rosalia|Rosalía Vila|la motomami
    Enrique Iglesias
    Julio Iglesias
    Alejandro Sanz
    Pablo Alborán|Pablo Alboran
    Aitana cantante|aitana ocaña
    Quevedo cantante|pedro domínguez quevedo
    Bizarrap
    Luis Fonsi
    Ricky Martin
    Marc Anthony
    Gloria Estefan
    Luis Miguel|Luis Miguel cantante|luismi
    Juanes
    Carlos Vives
    Camilo cantante
    Sebastián Yatra|Sebastian Yatra
    Natti Natasha
    Becky G|rebbeca marie gomez
    Anitta|Anita singer|Larissa Machado
    Ludmilla cantora
    Ivete Sangalo cantora
    Caetano Veloso
    Gilberto Gil
    Chico Buarque
    Maria Bethânia
    Marisa Monte
    Seu Jorge
    Gusttavo Lima
    Alok DJ
    Pabllo Vittar
    Jão cantor
    Roberto Carlos cantor
    Mariza fadista
    Ana Moura
    Salvador Sobral
    Carminho
    Madonna Ciccone|Madonna singer|Madonna Louise Ciccone|Queen of Pop
    Britney Spears|Britney Spear|Brittany Spears|Britney Speers|princess of pop|britney jean spears
    Christina Aguilera|xtina
    Mariah Carey|Maria Carey
    Adele Adkins|Adele singer|Adèle singer
    Sam Smith singer
    Lizzo
    Doja Cat|amala dlamini
    Cardi B|Cardi Bee|belcalis almanzar
    Nicki Minaj|Nicky Minaj|Nicki Minage|onika maraj|onika tanya maraj
    Megan Thee Stallion|Megan The Stallion|tina snow|megan pete
    Ice Spice|isis gaston
    SZA|solana rowe
    Olivia Rodrigo
    Sabrina Carpenter
    Chappell Roan
    Charli XCX|Charli xcx|charlotte aitchison
    Lorde singer|ella yelich-o'connor
    Halsey|ashley frangipane
    Camila Cabello
    Shawn Mendes
    Charlie Puth
    Bruno Mars|Bruno Mar|peter gene hernandez
    The Weeknd|Abel Tesfaye|The Weekend singer
    Post Malone|austin richard post
    Travis Scott|jacques webster
    Kendrick Lamar|Kendrick Lamarr|kung fu kenny|kendrick lamar duckworth
    J Cole|jermaine cole
    Snoop Dogg|Snoop Dog|Snoop Lion|snoopzilla|calvin broadus|calvin cordozar broadus
    Dr Dre
    50 Cent rapper|Curtis Jackson rapper|fiddy cent|fitty cent
    Ice Cube rapper|O'Shea Jackson
    Lil Wayne|weezy|dwayne michael carter
    Lil Nas X|montero lamar hill
    Lil Baby
    Future rapper
    Pharrell Williams|Pharrell|skateboard p
    Usher singer|Usher Raymond
    Chris Brown singer
    Justin Timberlake|Justin Timberlak
    John Legend
    Alicia Keys
    Lenny Kravitz
    Pink singer|Alecia Moore
    Gwen Stefani
    Demi Lovato
    Nick Jonas
    Joe Jonas
    Kevin Jonas
    Zayn Malik|Zayn
    Niall Horan
    Louis Tomlinson
    Jungkook|Jeon Jungkook|Jung Kook|golden maknae
    Jimin|Park Jimin
    V BTS|Kim Taehyung
    RM BTS|Kim Namjoon
    Suga BTS|Min Yoongi|agust d
    Jin BTS|Kim Seokjin
    J-Hope|Jung Hoseok
    Lisa Blackpink|Lalisa Manobal
    Jennie Kim|Jennie Blackpink|jennie ruby jane
    Jisoo|Kim Jisoo
    Rosé Blackpink|Roseanne Park
    PSY Gangnam|Park Jae-sang
    G-Dragon|Kwon Ji-yong
    Paul McCartney|Paul MacCartney|Paul Mc Cartney
    Ringo Starr|richard starkey
    Mick Jagger|Mick Jager
    Keith Richards|keef
    Elton John|Elton Jon|reginald dwight|reg dwight|reginald kenneth dwight
    Rod Stewart|rod the mod
    Sting musician|Gordon Sumner
    Bono Vox|Bono U2|Paul Hewson
    The Edge guitarist|david howell evans
    Bruce Springsteen|The Boss Springsteen
    Bob Dylan|Bob Dilan|robert allen zimmerman
    Neil Young
    Paul Simon
    Art Garfunkel
    Stevie Wonder|stevland morris|stevland hardaway morris
    Lionel Richie
    Diana Ross
    Cher singer|cherilyn sarkisian
    Barbra Streisand
    Bette Midler
    Shania Twain
    Garth Brooks
    Willie Nelson
    Morgan Wallen
    Luke Combs
    Kacey Musgraves
    Carrie Underwood
    Blake Shelton
    Keith Urban
    Tim McGraw
    Faith Hill
    Billy Joel
    Phil Collins
    Peter Gabriel
    Eric Clapton
    Jimmy Page
    Robert Plant
    Roger Waters
    David Gilmour
    Brian May
    Roger Taylor drummer
    Sharon Osbourne
    Jon Bon Jovi|Bon Jovi
    Axl Rose
    Slash guitarist|saul hudson
    James Hetfield
    Lars Ulrich
    Dave Grohl
    Chris Martin|Chris Martin Coldplay
    Thom Yorke
    Liam Gallagher
    Noel Gallagher
    Damon Albarn
    Robbie Williams
    Gary Barlow
    Annie Lennox
    Kylie Minogue
    Tom Jones singer
    Debbie Harry
    Iggy Pop|james osterberg|james newell osterberg
    Patti Smith
    Beck Hansen
    Jack White musician
    Dan Reynolds
    Adam Levine
    Brandon Flowers
    Alex Turner
    Matt Bellamy
    Florence Welch
    Lana Del Rey|Lana Del Ray|elizabeth woolridge grant|lizzy grant
    Ellie Goulding
    Rita Ora
    Jessie J
    Anne-Marie singer
    Raye singer
    Stormzy
    Dave rapper
    Central Cee
    Skepta
    Lewis Capaldi
    Tom Odell
    Calvin Harris|Calvin Haris|adam richard wiles
    Martin Garrix
    DJ Tiësto|Tiësto DJ|tijs verwest
    Armin van Buuren
    Hardwell
    Steve Aoki
    Marshmello|chris comstock
    Skrillex
    Diplo|thomas wesley pentz
    Kygo|kyrre gørvell-dahll
    Alan Walker DJ
    Fred again DJ
    Axwell DJ
    Max Martin
    Björk|Bjork
    Damiano David
    Victoria De Angelis
    Laura Pausini
    Eros Ramazzotti
    Andrea Bocelli|Andrea Boccelli
    Zucchero Fornaciari|Zucchero cantante|adelmo fornaciari
    Vasco Rossi
    Jovanotti|lorenzo cherubini
    Ligabue|il liga|luciano ligabue
    Gianna Nannini
    Tiziano Ferro
    Marco Mengoni
    Elodie cantante|elodie di patrizi
    Annalisa cantante|annalisa scarrone
    Mahmood cantante|alessandro mahmoud
    Blanco cantante|riccardo fabbriconi
    Sfera Ebbasta|gionata boschetti
    Lazza rapper|jacopo lazzarini
    Fedez|federico lucia|federico leonardo lucia
    Chiara Ferragni|Chiara Feragni
    Achille Lauro cantante|lauro de marinis
    Ghali rapper|ghali amdouni
    Geolier rapper|emanuele palumbo
    Angelina Mango
    Emma Marrone
    Giorgia cantante
    Elisa Toffoli
    Gianni Morandi
    Adriano Celentano|il molleggiato
    Al Bano|albano carrisi
    Romina Power
    Ornella Vanoni
    Gigi D'Alessio
    Nek cantante|filippo neviani
    Helene Fischer|Hélène Fischer
    Herbert Grönemeyer|Herbert Gronemeyer
    Udo Lindenberg|panikrocker
    Nena Sängerin|gabriele kerner
    Peter Maffay
    Lena Meyer-Landrut
    Mark Forster
    Tim Bendzko
    Sarah Connor singer
    Andrea Berg
    Roland Kaiser
    Florian Silbereisen
    Capital Bra|vladislav balovatsky
    Apache 207|volkan yaman
    Bushido rapper|anis ferchichi
    Sido rapper|paul würdig
    Cro rapper|carlo waibel
    Kontra K
    Shirin David
    Till Lindemann
    Campino Toten Hosen|andreas frege
    Farin Urlaub
    Thomas Anders
    Ralf Hütter
    Richard Kruspe
    Conchita Wurst|tom neuwirth
    Loreen singer|lorine talhaoui
    Nemo Mettler
    Käärijä|jere pöyhönen
    Zara Larsson
    Tove Lo
    Robyn singer
    Jonas Berggren
    Benny Andersson
    Björn Ulvaeus
    Agnetha Fältskog
    Anni-Frid Lyngstad
    Morten Harket
    Aurora Aksnes
    Sigrid singer
    Mø singer
    Lukas Graham
    Tarja Turunen
    Floor Jansen
    Yo-Yo Ma
    Lang Lang pianist
    Hans Zimmer
    John Williams composer
    Ludovico Einaudi
    Anne-Sophie Mutter
    Daniel Barenboim
    Gustavo Dudamel
    Cecilia Bartoli
    Anna Netrebko
    Plácido Domingo|Placido Domingo
    Jonas Kaufmann
    André Rieu|Andre Rieu
    Kenny G
    Michael Bublé|Michael Buble
    Josh Groban
    Norah Jones
    Diana Krall
    Wynton Marsalis
    Herbie Hancock
    Nile Rodgers
    Rick Rubin
    Timbaland
    Mark Ronson
    David Byrne
    Moby musician|richard melville hall
    Cat Stevens|Yusuf Islam|steven demetre georgiou
    Ibrahim Ag Alhabib
    Asake
    Black Coffee DJ
    Tyla singer
    Master KG
    Diamond Platnumz
    """
}
