extension PublicFigureData {
    /// Athletes and coaches (outside France).
    static let sport = """
    Lionel Messi|Leo Messi|Lionel Mesi|Lionnel Messi|Messi|pulga atómica|lionel andrés messi
    Cristiano Ronaldo|CR7|Christiano Ronaldo|Cristiano Ronaldo dos Santos|Cristiano Rolnaldo|penaldo|cristiano ronaldo dos santos aveiro
    Neymar|Neymar Jr|Neymar Junior|Neymar da Silva Santos|menino ney
    Erling Haaland|Haaland|Erling Halland|Erling Braut Haaland
    Jude Bellingham|Bellingham
    Vinícius Júnior|Vinicius Junior|Vini Jr|Vinicius Jr|vini junior
    Robert Lewandowski|Lewandowski|Robert Lewandoski|lewy
    Harry Kane
    Bukayo Saka
    Phil Foden
    Declan Rice
    Marcus Rashford
    Raheem Sterling
    Jack Grealish
    Trent Alexander-Arnold
    Virgil van Dijk
    Alisson Becker
    Ederson Moraes
    Rodri Hernández|Rodri footballer
    Pedri González|Pedri
    Gavi footballer|Pablo Gavi
    Lamine Yamal|Lamine Yamal Nasraoui
    Nico Williams
    Dani Olmo
    Álvaro Morata|Alvaro Morata
    Sergio Ramos
    Gerard Piqué|Gerard Pique
    Sergio Busquets
    Andrés Iniesta|Andres Iniesta
    Xavi Hernández|Xavi Hernandez
    Iker Casillas|san iker
    Fernando Torres footballer|el niño torres
    David Villa
    Carles Puyol
    Luka Modrić|Luka Modric
    Toni Kroos
    Thomas Müller|Thomas Muller|raumdeuter
    Manuel Neuer
    Joshua Kimmich
    Jamal Musiala
    Florian Wirtz
    Kai Havertz
    İlkay Gündoğan|Ilkay Gundogan
    Leroy Sané|Leroy Sane
    Antonio Rüdiger|Antonio Rudiger
    Marc-André ter Stegen|Marc Andre ter Stegen
    Bastian Schweinsteiger|schweini
    Philipp Lahm
    Miroslav Klose
    Lothar Matthäus|Lothar Matthaus|loddar
    Jürgen Klinsmann|Jurgen Klinsmann|klinsi
    Oliver Kahn
    Jürgen Klopp|Jurgen Klopp|Klopp|kloppo
    Julian Nagelsmann
    Hansi Flick
    Joachim Löw|Joachim Low|Jogi Löw
    Pep Guardiola|Guardiola|Pep Gardiola
    Carlo Ancelotti|Ancelotti
    José Mourinho|Jose Mourinho|Mourinho
    Diego Simeone|Cholo Simeone
    Mikel Arteta
    Xabi Alonso
    Zlatan Ibrahimović|Zlatan Ibrahimovic|Zlatan|ibra|ibracadabra
    Gianluigi Buffon|Gigi Buffon
    Gianluigi Donnarumma|Donnarumma
    Francesco Totti|Totti|il pupone|er pupone
    Alessandro Del Piero|Del Piero
    Andrea Pirlo
    Paolo Maldini|Maldini
    Fabio Cannavaro
    Roberto Baggio|divin codino
    Christian Vieri
    Nicolò Barella|Nicolo Barella
    Federico Chiesa
    Lautaro Martínez|Lautaro Martinez
    Paulo Dybala|Dybala
    Ángel Di María|Angel Di Maria
    Sergio Agüero|Sergio Aguero|Kun Agüero|el kun
    Emiliano Martínez|Dibu Martínez
    Julián Álvarez|Julian Alvarez
    Enzo Fernández|Enzo Fernandez
    Alexis Mac Allister
    Lionel Scaloni
    Ronaldinho|Ronaldinho Gaúcho|ronaldo de assis moreira
    Ronaldo Nazário|Ronaldo Fenômeno|Ronaldo Nazario|ronaldo luís nazário de lima
    Kaká|Kaka footballer|Ricardo Kaká|ricardo izecson
    Rivaldo|rivaldo vítor borba ferreira
    Romário|Romario
    Roberto Carlos footballer
    Cafu|marcos evangelista de moraes
    Zico|galinho de quintino|arthur antunes coimbra
    Thiago Silva
    Casemiro
    Marquinhos
    Raphinha
    Rodrygo
    Endrick
    Richarlison
    Gabriel Jesus
    Luis Suárez|Luis Suarez footballer
    Edinson Cavani|Cavani
    Federico Valverde|Fede Valverde
    Darwin Núñez|Darwin Nunez
    James Rodríguez|James Rodriguez
    Radamel Falcao
    Luis Díaz|Luis Diaz footballer
    Alexis Sánchez|Alexis Sanchez
    Arturo Vidal
    Hugo Sánchez
    Chicharito|Javier Hernández Chicharito
    Guillermo Ochoa|Memo Ochoa
    Bruno Fernandes
    Bernardo Silva
    Rúben Dias|Ruben Dias
    João Félix|Joao Felix
    Rafael Leão|Rafael Leao
    João Cancelo|Joao Cancelo
    Pepe footballer
    Luís Figo|Luis Figo
    Rui Costa
    Ricardo Quaresma
    Heung-min Son|Son Heung-min|Son Heung Min
    Takefusa Kubo
    Kaoru Mitoma
    Khvicha Kvaratskhelia|Kvaratskhelia|Kvara|kvaradona
    Victor Osimhen
    Mohammed Kudus
    Wayne Rooney|wazza
    David Beckham|David Bekham|goldenballs
    Victoria Beckham|Posh Spice
    Brooklyn Beckham
    Romeo Beckham
    Steven Gerrard|stevie g
    Frank Lampard
    John Terry
    Rio Ferdinand
    Gary Lineker
    Alan Shearer
    Michael Owen
    Paul Scholes
    Ryan Giggs
    Gary Neville
    Jamie Carragher
    Peter Crouch
    Jordan Henderson
    Cole Palmer|cold palmer
    Erik ten Hag
    Gareth Southgate
    Thomas Tuchel
    Sarina Wiegman
    Alex Morgan footballer
    Megan Rapinoe
    Alexia Putellas
    Aitana Bonmatí|Aitana Bonmati
    Marta Vieira da Silva|Marta footballer
    Sam Kerr
    Ada Hegerberg
    Lucy Bronze
    Wendie Renard
    Eugénie Le Sommer
    Roger Federer|Roger Fédérer|Roger Feder|Federer|rodgeur
    Rafael Nadal|Rafa Nadal|Nadal|Raphael Nadal|king of clay|roi de la terre battue|toro de manacor|taureau de manacor
    Novak Djokovic|Novak Đoković|Djokovic|Novak Djokovitch|nole|djoko|djoker
    Andy Murray
    Carlos Alcaraz|Alcaraz|Carlitos Alcaraz
    Jannik Sinner|Sinner tennis
    Daniil Medvedev
    Alexander Zverev|Sascha Zverev
    Stefanos Tsitsipas
    Holger Rune
    Casper Ruud
    Taylor Fritz
    Frances Tiafoe
    Ben Shelton
    Nick Kyrgios
    Dominic Thiem
    Juan Martín del Potro
    Serena Williams|Serena Wiliams
    Venus Williams
    Maria Sharapova
    Iga Świątek|Iga Swiatek
    Aryna Sabalenka|Sabalenka
    Coco Gauff|Cori Gauff
    Elena Rybakina
    Naomi Osaka
    Emma Raducanu
    Jessica Pegula
    Ons Jabeur
    Jasmine Paolini
    Paula Badosa
    Garbiñe Muguruza
    Simona Halep
    Petra Kvitová
    Angelique Kerber
    Steffi Graf|fräulein vorhand
    Boris Becker|bobbele|bum bum boris|boom boom boris
    Martina Navratilova
    Chris Evert
    Billie Jean King
    John McEnroe|superbrat
    Andre Agassi
    Pete Sampras
    Björn Borg|Bjorn Borg
    LeBron James|LeBron Jame|King James basketball
    Stephen Curry|Steph Curry
    Kevin Durant|durantula|slim reaper
    Giannis Antetokounmpo|Giannis|Greek Freak
    Nikola Jokić|Nikola Jokic|Jokic
    Luka Dončić|Luka Doncic|Doncic|luka magic
    Joel Embiid
    Jayson Tatum
    Shai Gilgeous-Alexander
    Anthony Edwards basketball
    Ja Morant
    Zion Williamson
    Kyrie Irving
    James Harden
    Russell Westbrook
    Damian Lillard
    Jimmy Butler
    Kawhi Leonard
    Paul George basketball
    Chris Paul basketball
    Devin Booker
    Bronny James
    Michael Jordan|Air Jordan player|Micheal Jordan|his airness
    Magic Johnson|earvin johnson
    Shaquille O'Neal|Shaq
    Kareem Abdul-Jabbar|lew alcindor
    Dennis Rodman
    Charles Barkley|round mound of rebound
    Scottie Pippen
    Dirk Nowitzki
    Pau Gasol
    Marc Gasol
    Manu Ginóbili|Manu Ginobili
    Yao Ming
    Caitlin Clark
    Angel Reese
    Tom Brady|Tom Bradey
    Patrick Mahomes|Mahomes
    Travis Kelce|Kelce
    Jason Kelce
    Aaron Rodgers
    Josh Allen quarterback
    Lamar Jackson
    Joe Burrow
    Peyton Manning
    Eli Manning
    Odell Beckham Jr
    Colin Kaepernick
    Shohei Ohtani|Ohtani|Shohei Otani|shotime
    Aaron Judge
    Mike Trout
    Derek Jeter
    Alex Rodriguez|A-Rod
    David Ortiz
    Wayne Gretzky
    Sidney Crosby|sid the kid
    Connor McDavid
    Alexander Ovechkin|Alex Ovechkin
    Usain Bolt|Ussain Bolt
    Noah Lyles
    Sha'Carri Richardson
    Shelly-Ann Fraser-Pryce
    Eliud Kipchoge|Kipchoge
    Faith Kipyegon
    Mondo Duplantis|Armand Duplantis
    Jakob Ingebrigtsen
    Karsten Warholm
    Sydney McLaughlin-Levrone
    Femke Bol
    Yulimar Rojas
    Carl Lewis
    Mo Farah
    Michael Phelps|Micheal Phelps|baltimore bullet
    Katie Ledecky
    Ryan Lochte
    Adam Peaty
    Federica Pellegrini
    Simone Biles|Simone Bile
    Rebeca Andrade
    Nadia Comăneci|Nadia Comaneci
    Lewis Hamilton|Lewis Hamilon|Hamilton F1
    Max Verstappen|Verstappen|Max Verstapen
    Charles Leclerc|Leclerc
    Lando Norris
    Oscar Piastri
    Carlos Sainz
    Fernando Alonso|magic alonso
    George Russell driver
    Sergio Pérez|Checo Pérez
    Sebastian Vettel|baby schumi
    Kimi Räikkönen|Kimi Raikkonen
    Michael Schumacher|schumi
    Mick Schumacher
    Daniel Ricciardo
    Toto Wolff
    Christian Horner
    Valentino Rossi|Vale Rossi
    Marc Márquez|Marc Marquez
    Francesco Bagnaia|Pecco Bagnaia
    Jorge Martín rider
    Tiger Woods|Tigre Woods|eldrick woods|eldrick tont woods
    Rory McIlroy
    Scottie Scheffler
    Jon Rahm
    Phil Mickelson
    Bryson DeChambeau
    Tadej Pogačar|Tadej Pogacar|Pogacar
    Jonas Vingegaard|Vingegaard
    Primož Roglič|Primoz Roglic
    Chris Froome
    Mark Cavendish
    Peter Sagan
    Mathieu van der Poel
    Lance Armstrong
    Conor McGregor|Connor McGregor|McGregor|mystic mac
    Khabib Nurmagomedov|Khabib
    Jon Jones|bones jones
    Israel Adesanya|stylebender
    Alex Pereira|poatan
    Ronda Rousey|rowdy ronda
    Mike Tyson|Iron Mike Tyson|iron mike|kid dynamite
    Floyd Mayweather|Floyd Mayweather Jr
    Manny Pacquiao|pambansang kamao
    Canelo Álvarez|Canelo Alvarez|Saúl Álvarez
    Tyson Fury
    Anthony Joshua
    Oleksandr Usyk
    Deontay Wilder|bronze bomber
    Jake Paul
    Logan Paul
    Magnus Carlsen|Carlsen
    Hikaru Nakamura
    Ding Liren
    Gukesh Dommaraju|Gukesh
    Virat Kohli|Kohli
    Sachin Tendulkar|god of cricket
    MS Dhoni|Mahendra Singh Dhoni
    Rohit Sharma
    Babar Azam
    Ben Stokes
    Joe Root cricketer
    Steve Smith cricketer
    Pat Cummins
    Richie McCaw
    Beauden Barrett
    Siya Kolisi
    Jonny Wilkinson
    Owen Farrell
    Johnny Sexton
    Lindsey Vonn
    Mikaela Shiffrin
    Marcel Hirscher
    Shaun White
    Chloe Kim
    Eileen Gu
    Yuzuru Hanyu
    Kim Yuna
    Nathan Chen
    Tony Hawk
    Kelly Slater
    Alex Honnold
    """
}
