extension PublicFigureData {
    /// Heads of state and government, ministers, party leaders, royalty (outside France).
    static let politics = """
    Donald Trump|Trump|Donald J Trump|Donald John Trump|Donal Trump|Donald Trum|Trumpp|Tromp Donald|the donald|drumpf|djt
    Joe Biden|Joseph Biden|Joseph R Biden|Jo Biden|Joe Bidden|sleepy joe|dark brandon|amtrak joe
    Kamala Harris|Kamala Haris|Camala Harris
    Barack Obama|Barak Obama|Barrack Obama|Barack Hussein Obama|Obamma|no drama obama|barry obama
    Michelle Obama|Michele Obama|michelle lavaughn robinson
    Bill Clinton|William Jefferson Clinton|slick willie|slick willy
    Hillary Clinton|Hilary Clinton|Hillary Rodham Clinton|crooked hillary
    George W Bush|George Walker Bush|Dubya|bush junior|bush jr|bush fils|bush hijo
    Laura Bush
    JD Vance|J D Vance|James David Vance
    Mike Pence|Michael Pence
    Nancy Pelosi
    Chuck Schumer|cryin chuck
    Mitch McConnell|moscow mitch|cocaine mitch
    Bernie Sanders|Bernard Sanders
    Alexandria Ocasio-Cortez|Alexandria Ocasio Cortez
    Elizabeth Warren
    Marco Rubio
    Ted Cruz|lyin ted
    Ron DeSantis|Ron De Santis|desanctimonious
    Nikki Haley
    Gavin Newsom|newscum
    Pete Buttigieg|mayor pete
    Robert F Kennedy Jr|RFK Jr|Robert Kennedy Jr|bobby kennedy jr|bobby kennedy junior|robert francis kennedy junior
    Marjorie Taylor Greene
    Mike Johnson
    Kevin McCarthy
    Hakeem Jeffries
    Tulsi Gabbard
    Pete Hegseth
    Kristi Noem
    Josh Shapiro
    Gretchen Whitmer
    Greg Abbott
    Kathy Hochul
    Zohran Mamdani
    Eric Adams
    Stacey Abrams
    Liz Cheney
    Mitt Romney
    John Kerry
    Condoleezza Rice
    Merrick Garland
    Antony Blinken
    Lloyd Austin
    Janet Yellen
    Jerome Powell
    Scott Bessent
    Howard Lutnick
    Karoline Leavitt
    Stephen Miller
    Steve Bannon
    Rudy Giuliani|america's mayor
    Tucker Carlson
    Vladimir Putin|Vladimir Poutine|Vladimir Putine|Wladimir Putin|Vladimir Vladimirovich Putin|Poutine Vladimir|Putin|Poutine|putler|vladimir vladimirovitch
    Dmitry Medvedev|Dmitri Medvedev
    Sergey Lavrov|Sergei Lavrov
    Mikhail Mishustin
    Ramzan Kadyrov
    Alexander Lukashenko|Aleksandr Lukashenko|Loukachenko
    Volodymyr Zelensky|Volodymyr Zelenskyy|Zelenskyy|Zelensky|Zelenski|Zelenskiy|Selenskyj|Zelensky Volodymyr
    Olena Zelenska
    Yulia Tymoshenko|gas princess
    Petro Poroshenko
    Vitali Klitschko|dr ironfist|doctor ironfist
    Wladimir Klitschko|dr steelhammer|doctor steelhammer
    Xi Jinping|Xi Jin Ping|Xi Jingping|Président Xi|xi dada
    Li Qiang
    Wang Yi
    Kim Jong Un|Kim Jong-un|Kim Jung Un|Kim Jong Eun
    Kim Yo Jong|Kim Yo-jong
    Narendra Modi|^Modi|PM Modi|Prime Minister Modi|Modi ji|Narendra Damodardas Modi|Narendra Modhi
    Rahul Gandhi
    Sonia Gandhi
    Amit Shah
    Yogi Adityanath|bulldozer baba
    Arvind Kejriwal|mufflerman
    Shehbaz Sharif
    Nawaz Sharif
    Imran Khan
    Benjamin Netanyahu|Bibi Netanyahu|Netanyahou|Benyamin Netanyahou|Netanjahu
    Isaac Herzog
    Yair Lapid
    Benny Gantz
    Naftali Bennett
    Itamar Ben-Gvir|Itamar Ben Gvir
    Bezalel Smotrich
    Mahmoud Abbas
    Recep Tayyip Erdogan|Erdoğan|Erdogan|Recep Erdogan
    Ekrem Imamoglu
    Ali Khamenei|Ayatollah Khamenei|Khamenei
    Masoud Pezeshkian
    Mohammed bin Salman|Mohammad bin Salman|MBS
    Salman bin Abdulaziz|King Salman
    Tamim bin Hamad Al Thani|Emir Tamim
    Mohamed bin Zayed|Mohammed bin Zayed|MBZ
    Abdel Fattah el-Sisi|Abdel Fattah al-Sisi|al-Sisi
    Bashar al-Assad|Bachar el-Assad|Bashar Assad|Bachar al-Assad
    Ahmed al-Sharaa|Ahmad al-Sharaa|al-Jolani
    Abdullah II of Jordan|King Abdullah of Jordan
    Queen Rania|Rania of Jordan|Rania Al Abdullah
    Mohammed VI|Mohammed VI of Morocco|Mohammed VI du Maroc|Mohamed VI|roi du Maroc
    Abdelmadjid Tebboune
    Kais Saied|Kaïs Saïed
    Volker Türk
    Antonio Guterres|António Guterres
    Ursula von der Leyen|Von der Leyen|Ursula von der Leyden|flinten-uschi
    Charles Michel
    Antonio Costa|António Costa
    Roberta Metsola
    Kaja Kallas
    Christine Lagarde
    Mark Rutte
    Jens Stoltenberg
    Olaf Scholz|Scholz|Olaf Schultz|scholzomat
    Friedrich Merz
    Angela Merkel|Merkel|Angela Merckel|Angie Merkel|angela dorothea kasner|angela kasner
    Frank-Walter Steinmeier|Frank Walter Steinmeier
    Annalena Baerbock
    Robert Habeck
    Christian Lindner
    Markus Söder|Markus Soder
    Alice Weidel
    Sahra Wagenknecht
    Boris Pistorius
    Karl Lauterbach
    Lars Klingbeil
    Gerhard Schröder|Gerhard Schroder|gas-gerd|gazprom-gerd|genosse der bosse
    Giorgia Meloni|Georgia Meloni|Giorgia Melloni
    Sergio Mattarella
    Matteo Salvini
    Antonio Tajani
    Elly Schlein
    Giuseppe Conte
    Mario Draghi
    Matteo Renzi
    Romano Prodi
    Pedro Sánchez|Pedro Sanchez Perez-Castejon|perro sanxe|sanxe
    Alberto Núñez Feijóo|Alberto Nunez Feijoo|Feijóo
    Santiago Abascal
    Isabel Díaz Ayuso|Isabel Diaz Ayuso
    Yolanda Díaz
    Carles Puigdemont
    José Luis Rodríguez Zapatero
    Mariano Rajoy
    José María Aznar|Jose Maria Aznar
    Felipe VI|Felipe VI of Spain|King Felipe|rey Felipe
    Queen Letizia|Letizia Ortiz|reina Letizia
    Leonor Princess of Asturias|Princesa Leonor|Leonor de Borbón
    Juan Carlos I|rey Juan Carlos|King Juan Carlos
    Luís Montenegro|Luis Montenegro
    Marcelo Rebelo de Sousa
    André Ventura|Andre Ventura
    Keir Starmer|Kier Starmer|Keir Starmmer|sir keir
    Rishi Sunak|dishy rishi
    Boris Johnson|alexander boris de pfeffel johnson|boris de pfeffel johnson
    Theresa May|maybot
    Liz Truss
    David Cameron
    Tony Blair|tony bliar
    Gordon Brown
    Nigel Farage
    Kemi Badenoch
    Angela Rayner
    Rachel Reeves
    Yvette Cooper
    David Lammy
    Sadiq Khan
    Ed Miliband
    Jeremy Corbyn
    Nicola Sturgeon
    John Swinney
    Michelle O'Neill
    Micheál Martin|Micheal Martin
    Leo Varadkar
    Simon Harris
    Mary Lou McDonald
    Catherine Connolly
    King Charles|Charles III|King Charles III|Prince Charles|roi Charles|Charles de Galles
    Queen Camilla|Camilla Parker Bowles|Camilla Parker-Bowles
    Prince William|William Prince of Wales|prince William|duke of cambridge
    Kate Middleton|Catherine Middleton|Princess of Wales|Kate Midleton|Catherine Princess of Wales|duchess of cambridge
    Prince Harry|Harry Duke of Sussex|prince Harry|duke of sussex|duc de sussex
    Meghan Markle|Meghan Duchess of Sussex|Megan Markle|Meghan Markel|duchess of sussex|duchesse de sussex
    Prince George of Wales
    Princess Charlotte of Wales
    Prince Louis of Wales
    Prince Andrew|Andrew Mountbatten Windsor
    Princess Anne
    Prince Edward Duke of Edinburgh
    Princess Beatrice
    Princess Eugenie
    Zara Tindall
    King Frederik X|Frederik X of Denmark|Frederik of Denmark
    Queen Mary of Denmark
    Margrethe II|Queen Margrethe
    King Carl XVI Gustaf|Carl Gustaf of Sweden
    Crown Princess Victoria
    King Harald V|Harald of Norway
    Crown Prince Haakon
    Mette-Marit
    King Willem-Alexander|Willem-Alexander|Willem Alexander
    Queen Máxima|Maxima of the Netherlands
    King Philippe of Belgium|roi Philippe|Philippe de Belgique
    Queen Mathilde|Mathilde de Belgique
    Princess Elisabeth of Belgium|Élisabeth de Belgique
    Albert II of Monaco|Prince Albert of Monaco|prince Albert de Monaco|Albert de Monaco
    Charlene of Monaco|Charlène de Monaco|princesse Charlène
    Caroline of Monaco|Caroline de Monaco|Caroline de Hanovre
    Stéphanie of Monaco|Stéphanie de Monaco
    Charlotte Casiraghi
    Andrea Casiraghi
    Pierre Casiraghi
    Grand Duke Henri|Henri de Luxembourg
    Grand Duke Guillaume|Guillaume de Luxembourg
    Prince Hans-Adam II
    Emperor Naruhito|Naruhito
    Empress Masako|Masako
    Princess Aiko
    Fumio Kishida
    Shigeru Ishiba
    Sanae Takaichi
    Yoon Suk Yeol|Yoon Suk-yeol
    Lee Jae-myung|Lee Jae Myung
    Moon Jae-in|Moon Jae In
    Lai Ching-te|William Lai
    Tsai Ing-wen|Tsai Ing Wen
    Anthony Albanese
    Peter Dutton
    Scott Morrison
    Malcolm Turnbull
    Chris Hipkins
    Christopher Luxon
    Jacinda Ardern
    Justin Trudeau|Justin Trudo|Justin Truedeau
    Mark Carney
    Pierre Poilievre
    Jagmeet Singh
    François Legault|Francois Legault
    Stephen Harper
    Doug Ford
    Danielle Smith
    Claudia Sheinbaum|Claudia Sheinbaun
    Andrés Manuel López Obrador|Andres Manuel Lopez Obrador|AMLO
    Luiz Inácio Lula da Silva|Lula da Silva|presidente Lula|Lula presidente|^Lula|Luiz Inacio Lula|Luis Inacio Lula
    Jair Bolsonaro|Bolsonaro|Jair Bolsonnaro|jair messias bolsonaro
    Michelle Bolsonaro
    Eduardo Bolsonaro
    Flávio Bolsonaro
    Dilma Rousseff|dilma vana rousseff
    Fernando Haddad
    Geraldo Alckmin
    Tarcísio de Freitas
    Javier Milei|Javier Mileï|Milei
    Cristina Fernández de Kirchner|Cristina Kirchner|Cristina Fernandez de Kirchner
    Mauricio Macri
    Alberto Fernández
    Gabriel Boric
    José Antonio Kast
    Michelle Bachelet
    Gustavo Petro
    Iván Duque|Ivan Duque
    Álvaro Uribe|Alvaro Uribe
    Nicolás Maduro|Nicolas Maduro|presidente Maduro|^Maduro|nicolás maduro moros
    Delcy Rodríguez
    Diosdado Cabello
    María Corina Machado|Maria Corina Machado
    Edmundo González Urrutia
    Juan Guaidó|Juan Guaido
    Miguel Díaz-Canel|Miguel Diaz-Canel
    Raúl Castro|Raul Castro
    Daniel Ortega
    Nayib Bukele|Bukele
    Dina Boluarte
    Luis Arce
    Evo Morales
    Daniel Noboa
    Rafael Correa
    Yamandú Orsi
    Luis Lacalle Pou
    Santiago Peña
    Bernardo Arévalo
    Xiomara Castro
    Cyril Ramaphosa
    Jacob Zuma|msholozi
    Thabo Mbeki
    Julius Malema
    Bola Tinubu|Bola Ahmed Tinubu|jagaban
    Atiku Abubakar
    Peter Obi
    William Ruto
    Uhuru Kenyatta
    Abiy Ahmed
    Paul Kagame
    Yoweri Museveni
    Bobi Wine
    Samia Suluhu Hassan
    Emmerson Mnangagwa
    Hakainde Hichilema
    Nana Akufo-Addo
    John Mahama
    Félix Tshisekedi|Felix Tshisekedi|fatshi
    Joseph Kabila
    Denis Sassou Nguesso|Sassou Nguesso
    Paul Biya
    Macky Sall
    Bassirou Diomaye Faye
    Ousmane Sonko
    Alassane Ouattara
    Laurent Gbagbo
    Guillaume Soro
    Assimi Goïta|Assimi Goita
    Ibrahim Traoré|Ibrahim Traore
    Abdourahamane Tiani
    Mahamat Idriss Déby|Mahamat Deby
    Faure Gnassingbé|Faure Gnassingbe
    Patrice Talon
    Brice Clotaire Oligui Nguema|Oligui Nguema
    Ali Bongo
    Andry Rajoelina
    Prabowo Subianto|Prabowo
    Joko Widodo|Jokowi
    Anwar Ibrahim
    Mahathir Mohamad
    Lawrence Wong
    Lee Hsien Loong
    Ferdinand Marcos Jr|Bongbong Marcos
    Sara Duterte
    Rodrigo Duterte|digong|rody duterte
    Anutin Charnvirakul
    Paetongtarn Shinawatra
    Thaksin Shinawatra
    Srettha Thavisin
    Min Aung Hlaing
    Aung San Suu Kyi|Aung San Suu Kii
    Hun Manet
    Hun Sen
    To Lam
    Sheikh Hasina
    Muhammad Yunus
    Ranil Wickremesinghe
    Anura Kumara Dissanayake
    Mohamed Muizzu
    KP Sharma Oli
    Shavkat Mirziyoyev
    Kassym-Jomart Tokayev
    Ilham Aliyev
    Nikol Pashinyan
    Irakli Kobakhidze
    Salome Zourabichvili
    Maia Sandu
    Klaus Iohannis
    Nicușor Dan|Nicusor Dan
    Călin Georgescu|Calin Georgescu
    Rumen Radev
    Aleksandar Vučić|Aleksandar Vucic|Vucic
    Andrej Plenković|Andrej Plenkovic
    Zoran Milanović
    Milorad Dodik
    Edi Rama
    Viktor Orbán|Viktor Orban|Orban|Victor Orban|viktator
    Péter Magyar|Peter Magyar
    Robert Fico
    Andrej Babiš|Andrej Babis
    Petr Fiala
    Petr Pavel
    Donald Tusk
    Andrzej Duda
    Karol Nawrocki
    Jarosław Kaczyński|Jaroslaw Kaczynski
    Rafał Trzaskowski|Rafal Trzaskowski
    Gitanas Nausėda|Gitanas Nauseda
    Edgars Rinkēvičs
    Alar Karis
    Alexander Stubb
    Sanna Marin
    Petteri Orpo
    Ulf Kristersson
    Magdalena Andersson
    Jonas Gahr Støre|Jonas Gahr Store
    Erna Solberg
    Mette Frederiksen
    Kristrún Frostadóttir
    Dick Schoof
    Geert Wilders
    Frans Timmermans
    Alexander De Croo
    Bart De Wever
    Luc Frieden
    Xavier Bettel
    Karl Nehammer
    Alexander Van der Bellen
    Herbert Kickl
    Christian Stocker
    Sebastian Kurz|wunderwuzzi
    Karin Keller-Sutter
    Viola Amherd
    Alain Berset
    Guy Parmelin
    Ignazio Cassis
    Kyriakos Mitsotakis
    Alexis Tsipras
    Nikos Christodoulides
    Robert Abela
    Yanis Varoufakis
    Jean-Claude Juncker|Jean Claude Juncker
    Josep Borrell
    Thierry Breton
    Margrethe Vestager
    Kristalina Georgieva
    Ngozi Okonjo-Iweala
    Tedros Adhanom Ghebreyesus|Tedros Adhanom
    Dalai Lama|Tenzin Gyatso
    Pope Leo XIV|Leo XIV|Robert Prevost|Robert Francis Prevost|pape Léon XIV|papa León XIV|Papst Leo XIV|papa Leone XIV|papa Leão XIV
    Greta Thunberg|Greta Tunberg|Greta Thumberg
    Malala Yousafzai|Malala Yousafsai
    Julian Assange
    Edward Snowden
    Yulia Navalnaya
    Svetlana Tikhanovskaya|Sviatlana Tsikhanouskaya
    Mikhail Khodorkovsky
    Garry Kasparov
    """
}
