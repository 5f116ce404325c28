extension PublicFigureData {
    /// Musicians, singers, bands' frontmen, DJs and producers (outside France).
    static let music = """
    Taylor Swift|Tailor Swift|Taylor Swfit|Taylor Swif|T Swift|Tay Tay
    Beyoncé|Beyonce|Beyonce Knowles|Beyoncé Knowles|Beyonse|Queen Bey
    Jay-Z|Jay Z|Shawn Carter|Jayz
    Rihanna|Rihana|Robyn Rihanna Fenty
    Drake rapper|Aubrey Graham|Drizzy|Drake the rapper|Drake singer
    Kanye West|Kanye|Ye West|Kanye Ouest|Kayne West
    Eminem|Marshall Mathers|Slim Shady|Eminen
    Ariana Grande|Arianna Grande|Ariana Grand
    Billie Eilish|Billy Eilish|Billie Elish|Billie Eillish
    Dua Lipa|Dua Lippa
    Lady Gaga|Lady Gagga|Stefani Germanotta
    Katy Perry|Katie Perry|Katy Pery
    Justin Bieber|Justin Beiber|Justin Biber|Bieber
    Ed Sheeran|Ed Sheeren|Ed Shearan
    Harry Styles|Harry Style
    Shakira|Shakira Mebarak|Shakirah
    Bad Bunny|Benito Antonio Martínez Ocasio
    Karol G|Karol G singer
    J Balvin
    Maluma
    Daddy Yankee
    Ozuna
    Anuel AA
    Rauw Alejandro
    Peso Pluma
    Rosalía|Rosalia|Rosalía Vila
    Enrique Iglesias
    Julio Iglesias
    Alejandro Sanz
    Pablo Alborán|Pablo Alboran
    Aitana cantante
    Quevedo cantante
    Bizarrap
    Luis Fonsi
    Ricky Martin
    Marc Anthony
    Gloria Estefan
    Luis Miguel|Luis Miguel cantante
    Juanes
    Carlos Vives
    Camilo cantante
    Sebastián Yatra|Sebastian Yatra
    Natti Natasha
    Becky G
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
    Britney Spears|Britney Spear|Brittany Spears|Britney Speers
    Christina Aguilera
    Mariah Carey|Maria Carey
    Adele Adkins|Adele singer|Adèle singer
    Sam Smith singer
    Lizzo
    Doja Cat
    Cardi B|Cardi Bee
    Nicki Minaj|Nicky Minaj|Nicki Minage
    Megan Thee Stallion|Megan The Stallion
    Ice Spice
    SZA
    Olivia Rodrigo
    Sabrina Carpenter
    Chappell Roan
    Charli XCX|Charli xcx
    Lorde singer
    Halsey
    Camila Cabello
    Shawn Mendes
    Charlie Puth
    Bruno Mars|Bruno Mar
    The Weeknd|Abel Tesfaye|The Weekend singer
    Post Malone
    Travis Scott
    Kendrick Lamar|Kendrick Lamarr
    J Cole
    Snoop Dogg|Snoop Dog|Snoop Lion
    Dr Dre
    50 Cent rapper|Curtis Jackson rapper
    Ice Cube rapper|O'Shea Jackson
    Lil Wayne
    Lil Nas X
    Lil Baby
    Future rapper
    Pharrell Williams|Pharrell
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
    Jungkook|Jeon Jungkook|Jung Kook
    Jimin|Park Jimin
    V BTS|Kim Taehyung
    RM BTS|Kim Namjoon
    Suga BTS|Min Yoongi
    Jin BTS|Kim Seokjin
    J-Hope|Jung Hoseok
    Lisa Blackpink|Lalisa Manobal
    Jennie Kim|Jennie Blackpink
    Jisoo|Kim Jisoo
    Rosé Blackpink|Roseanne Park
    PSY Gangnam|Park Jae-sang
    G-Dragon|Kwon Ji-yong
    Paul McCartney|Paul MacCartney|Paul Mc Cartney
    Ringo Starr
    Mick Jagger|Mick Jager
    Keith Richards
    Elton John|Elton Jon
    Rod Stewart
    Sting musician|Gordon Sumner
    Bono Vox|Bono U2|Paul Hewson
    The Edge guitarist
    Bruce Springsteen|The Boss Springsteen
    Bob Dylan|Bob Dilan
    Neil Young
    Paul Simon
    Art Garfunkel
    Stevie Wonder
    Lionel Richie
    Diana Ross
    Cher singer
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
    Slash guitarist
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
    Iggy Pop
    Patti Smith
    Beck Hansen
    Jack White musician
    Dan Reynolds
    Adam Levine
    Brandon Flowers
    Alex Turner
    Matt Bellamy
    Florence Welch
    Lana Del Rey|Lana Del Ray
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
    Calvin Harris|Calvin Haris
    Martin Garrix
    DJ Tiësto|Tiësto DJ
    Armin van Buuren
    Hardwell
    Steve Aoki
    Marshmello
    Skrillex
    Diplo
    Kygo
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
    Zucchero Fornaciari|Zucchero cantante
    Vasco Rossi
    Jovanotti
    Ligabue
    Gianna Nannini
    Tiziano Ferro
    Marco Mengoni
    Elodie cantante
    Annalisa cantante
    Mahmood cantante
    Blanco cantante
    Sfera Ebbasta
    Lazza rapper
    Fedez
    Chiara Ferragni|Chiara Feragni
    Achille Lauro cantante
    Ghali rapper
    Geolier rapper
    Angelina Mango
    Emma Marrone
    Giorgia cantante
    Elisa Toffoli
    Gianni Morandi
    Adriano Celentano
    Al Bano
    Romina Power
    Ornella Vanoni
    Gigi D'Alessio
    Nek cantante
    Helene Fischer|Hélène Fischer
    Herbert Grönemeyer|Herbert Gronemeyer
    Udo Lindenberg
    Nena Sängerin
    Peter Maffay
    Lena Meyer-Landrut
    Mark Forster
    Tim Bendzko
    Sarah Connor singer
    Andrea Berg
    Roland Kaiser
    Florian Silbereisen
    Capital Bra
    Apache 207
    Bushido rapper
    Sido rapper
    Cro rapper
    Kontra K
    Shirin David
    Till Lindemann
    Campino Toten Hosen
    Farin Urlaub
    Thomas Anders
    Ralf Hütter
    Richard Kruspe
    Conchita Wurst
    Loreen singer
    Nemo Mettler
    Käärijä
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
    Moby musician
    Cat Stevens|Yusuf Islam
    Ibrahim Ag Alhabib
    Asake
    Black Coffee DJ
    Tyla singer
    Master KG
    Diamond Platnumz
    """
}
