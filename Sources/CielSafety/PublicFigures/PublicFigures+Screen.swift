extension PublicFigureData {
    /// Actors, directors, television hosts and comedians (outside France).
    static let screen = """
    Tom Cruise|Tom Cruse|Tom Cruz actor|thomas cruise mapother
    Tom Hanks|Tom Hank
    Brad Pitt|Brad Pit|Bradd Pitt
    Angelina Jolie|Angelina Jolly|Angelina Jolie Pitt|Angelina Joli
    Leonardo DiCaprio|Leonardo Di Caprio|Leo DiCaprio|Leonardo Dicaprio|Leonardo DeCaprio|DiCaprio
    Johnny Depp|Johny Depp
    Robert Downey Jr|Robert Downey Junior|RDJ
    Scarlett Johansson|Scarlett Johanson|Scarlet Johansson|Scarlett Johannson|ScarJo
    Jennifer Lawrence|Jennifer Lawrance|JLaw
    Jennifer Aniston|Jennifer Anniston|Jen Aniston
    Jennifer Lopez|J Lo|JLo|Jenifer Lopez
    Margot Robbie|Margo Robbie|Margot Robie
    Ryan Gosling|Rian Gosling|Ryan Goslin
    Ryan Reynolds|Ryan Renolds
    Blake Lively
    Dwayne Johnson|Dwayne The Rock Johnson|The Rock Johnson
    Kevin Hart
    Will Smith
    Jada Pinkett Smith
    Jaden Smith
    Willow Smith
    Denzel Washington|Denzel
    Morgan Freeman
    Samuel L Jackson|Samuel Jackson actor
    Keanu Reeves|Keanu Reaves|Keanu Reevs
    Tom Holland
    Zendaya|Zendaya Coleman
    Timothée Chalamet|Timothee Chalamet|Timothy Chalamet|Chalamet
    Florence Pugh
    Anya Taylor-Joy|Anya Taylor Joy
    Sydney Sweeney|Sidney Sweeney|Sydney Sweeny
    Jenna Ortega
    Millie Bobby Brown
    Pedro Pascal
    Oscar Isaac
    Austin Butler
    Jacob Elordi
    Paul Mescal
    Barry Keoghan
    Cillian Murphy|Cillian Murphey
    Christian Bale
    Matt Damon
    Ben Affleck
    Casey Affleck
    George Clooney|George Cloony
    Amal Clooney
    Julia Roberts
    Sandra Bullock
    Nicole Kidman|Nicole Kidmann
    Hugh Jackman
    Russell Crowe
    Cate Blanchett
    Chris Hemsworth
    Liam Hemsworth
    Chris Evans
    Chris Pratt
    Chris Pine
    Mark Ruffalo
    Jeremy Renner
    Benedict Cumberbatch|Benedict Cumberbach
    Tom Hiddleston
    Daniel Craig
    Daniel Radcliffe
    Emma Watson|Emma Watsun
    Rupert Grint
    Emma Stone
    Emma Thompson
    Emma Roberts
    Anne Hathaway|Ann Hathaway
    Meryl Streep|Merryl Streep
    Viola Davis
    Octavia Spencer
    Halle Berry
    Natalie Portman|natalie hershlag
    Kristen Stewart
    Robert Pattinson|Robert Patinson
    Gal Gadot|Gal Gadott
    Henry Cavill
    Jason Momoa
    Jason Statham
    Vin Diesel|mark sinclair vincent
    Michelle Rodriguez
    Arnold Schwarzenegger|Arnold Schwarzeneger|Schwarzy|governator
    Sylvester Stallone|Sly Stallone
    Bruce Willis
    Harrison Ford
    Mark Hamill
    Billie Lourd
    Al Pacino
    Robert De Niro|Robert Deniro
    Jack Nicholson
    Dustin Hoffman
    Michael Douglas
    Catherine Zeta-Jones|Catherine Zeta Jones
    Kevin Costner
    Kevin Bacon
    Kevin Spacey
    Mel Gibson
    Sean Penn
    Michael Caine|maurice micklewhite
    Anthony Hopkins
    Ian McKellen
    Patrick Stewart
    Helen Mirren|helen mironoff
    Judi Dench
    Maggie Gyllenhaal
    Jake Gyllenhaal
    Joaquin Phoenix|leaf phoenix
    Adam Driver
    Adam Sandler
    Jim Carrey|Jim Carey
    Ben Stiller
    Owen Wilson
    Steve Carell
    Will Ferrell
    Jack Black
    Seth Rogen
    Jonah Hill
    Zac Efron
    Channing Tatum
    Sebastian Stan
    Miles Teller
    Glen Powell
    John Krasinski
    Emily Blunt
    Rami Malek
    Mahershala Ali
    Idris Elba
    Chiwetel Ejiofor
    Lupita Nyong'o|Lupita Nyongo
    Daniel Kaluuya
    Michael B Jordan
    Jamie Foxx
    Eddie Murphy
    Chris Rock
    Dave Chappelle
    Ricky Gervais
    John Cleese
    Rowan Atkinson|Mr Bean
    Hugh Grant
    Colin Firth
    Keira Knightley
    Kate Winslet
    Orlando Bloom
    Eva Mendes
    Penélope Cruz|Penelope Cruz
    Javier Bardem
    Antonio Banderas
    Salma Hayek
    Sofía Vergara|Sofia Vergara
    Eva Longoria
    Gael García Bernal|Gael Garcia Bernal
    Diego Luna
    Ana de Armas
    Eugenio Derbez
    Ricardo Darín|Ricardo Darin
    Wagner Moura
    Rodrigo Santoro
    Selton Mello
    Fernanda Montenegro
    Fernanda Torres
    Sônia Braga|Sonia Braga
    Gisele Bündchen|Gisele Bundchen
    Adriana Lima
    Alessandra Ambrosio
    Naomi Campbell
    Kate Moss
    Cara Delevingne
    Gigi Hadid
    Bella Hadid
    Kendall Jenner
    Kylie Jenner
    Kim Kardashian|Kim Kardashian West|Kim Kardashyan|Kardashian|kim k
    Khloé Kardashian|Khloe Kardashian
    Kourtney Kardashian
    Kris Jenner
    Caitlyn Jenner|bruce jenner
    Paris Hilton
    Nicky Hilton
    Heidi Klum
    Tyra Banks
    Emily Ratajkowski
    Hailey Bieber|Hailey Baldwin
    Irina Shayk
    Bradley Cooper
    Miranda Kerr
    Elle Macpherson
    Claudia Schiffer
    Cindy Crawford
    Linda Evangelista
    Christy Turlington
    Oprah Winfrey|Oprah|Opra Winfrey
    Ellen DeGeneres|Ellen Degeneres
    Jimmy Fallon
    Jimmy Kimmel
    Stephen Colbert
    Trevor Noah
    John Oliver
    Conan O'Brien|Conan OBrien
    Seth Meyers
    James Corden
    Graham Norton
    Jon Stewart
    David Letterman
    Jay Leno
    Bill Maher
    Joe Rogan
    Piers Morgan
    Anderson Cooper
    Megyn Kelly
    Sean Hannity
    Rachel Maddow
    Christiane Amanpour
    Martha Stewart
    Gordon Ramsay|Gordon Ramsey
    Jamie Oliver
    Nigella Lawson
    David Attenborough|Sir David Attenborough
    Bear Grylls
    Steve Harvey
    Simon Cowell
    Ryan Seacrest
    Dr Phil|Phil McGraw
    Steven Spielberg|Stephen Spielberg
    Martin Scorsese
    Quentin Tarantino|Tarantino
    Christopher Nolan
    James Cameron
    Ridley Scott
    Francis Ford Coppola
    Sofia Coppola
    George Lucas
    Peter Jackson
    Guillermo del Toro
    Alfonso Cuarón|Alfonso Cuaron
    Alejandro González Iñárritu|Alejandro Gonzalez Inarritu
    Pedro Almodóvar|Pedro Almodovar|Almodovar
    Greta Gerwig
    Wes Anderson
    Tim Burton
    Jordan Peele
    Ava DuVernay
    Spike Lee
    Clint Eastwood
    Woody Allen
    Roman Polanski
    Luc Besson
    Jean-Pierre Jeunet
    Jacques Audiard
    Céline Sciamma
    Justine Triet
    Bong Joon-ho|Bong Joon Ho
    Park Chan-wook
    Hayao Miyazaki|Miyazaki
    Takeshi Kitano
    Ken Watanabe
    Jackie Chan|Jacky Chan|cheng long|chan kong-sang
    Jet Li|li lianjie
    Donnie Yen
    Michelle Yeoh
    Chow Yun-fat
    Tony Leung
    Gong Li
    Zhang Ziyi
    Fan Bingbing
    Yang Mi
    Shah Rukh Khan|SRK|Shahrukh Khan|badshah of bollywood
    Salman Khan|sallu bhai
    Aamir Khan
    Amitabh Bachchan
    Aishwarya Rai|Aishwarya Rai Bachchan
    Priyanka Chopra|Priyanka Chopra Jonas
    Deepika Padukone
    Ranveer Singh
    Alia Bhatt
    Katrina Kaif
    Hrithik Roshan
    Akshay Kumar|khiladi kumar
    Ranbir Kapoor
    Kareena Kapoor
    Prabhas
    Rajinikanth|shivaji rao gaekwad
    Lee Min-ho|Lee Min Ho
    Song Joong-ki
    Gong Yoo
    Lee Jung-jae
    Park Seo-joon
    Bryan Cranston
    Aaron Paul
    Jennifer Coolidge
    Kit Harington
    Emilia Clarke
    Sophie Turner
    Maisie Williams
    Peter Dinklage
    Nikolaj Coster-Waldau
    Lena Headey
    Bella Ramsey
    Elisabeth Moss
    Sarah Jessica Parker
    Kim Cattrall
    Cynthia Nixon
    Jennifer Garner
    Reese Witherspoon
    Drew Barrymore
    Cameron Diaz
    Lucy Liu
    Gwyneth Paltrow
    Charlize Theron
    Uma Thurman
    Demi Moore
    Sharon Stone
    Michelle Pfeiffer
    Jodie Foster
    Kathy Bates
    Whoopi Goldberg|caryn elaine johnson
    Jamie Lee Curtis
    Glenn Close
    Susan Sarandon
    Jane Fonda
    Goldie Hawn
    Kate Hudson
    Kurt Russell
    Dolly Parton
    Mila Kunis
    Ashton Kutcher
    Zoe Saldana
    Elsa Pataky
    Shia LaBeouf
    Megan Fox
    Machine Gun Kelly|MGK
    Pamela Anderson
    Charlie Sheen
    Lindsay Lohan
    Miley Cyrus|destiny hope cyrus
    Selena Gomez|Selena Gómez|Selena Gomes
    Vanessa Hudgens
    Hilary Duff
    Dakota Johnson
    Jamie Dornan
    Dakota Fanning
    Elle Fanning
    Saoirse Ronan
    Emma Corrin
    Olivia Colman
    Claire Foy
    Vanessa Kirby
    Rosamund Pike
    Carey Mulligan
    Tilda Swinton
    Mads Mikkelsen
    Alexander Skarsgård|Alexander Skarsgard
    Bill Skarsgård
    Stellan Skarsgård
    Christoph Waltz
    Diane Kruger
    Daniel Brühl|Daniel Bruhl
    Til Schweiger
    Matthias Schweighöfer
    Sandra Hüller|Sandra Huller
    Franka Potente
    Moritz Bleibtreu
    Elyas M'Barek
    Heike Makatsch
    Iris Berben
    Veronica Ferres
    Thomas Gottschalk
    Günther Jauch|Gunther Jauch
    Dieter Bohlen|poptitan|pop-titan
    Stefan Raab
    Jan Böhmermann
    Joko Winterscheidt
    Klaas Heufer-Umlauf
    Barbara Schöneberger
    Markus Lanz
    Roberto Benigni
    Toni Servillo
    Pierfrancesco Favino
    Sophia Loren|sofia villani scicolone|sofia scicolone
    Valeria Golino
    Luca Marinelli
    Alessandro Borghi
    Paola Cortellesi
    Checco Zalone|luca pasquale medici
    Fiorello|rosario fiorello
    Maria De Filippi
    Gerry Scotti
    Paolo Sorrentino
    Luca Guadagnino
    Nanni Moretti
    Matteo Garrone
    Carlo Verdone
    Alessandro Gassmann
    Raoul Bova
    Riccardo Scamarcio
    Alba Rohrwacher
    Úrsula Corberó|Ursula Corbero
    Álvaro Morte|Alvaro Morte
    Itziar Ituño
    Pedro Alonso
    Miguel Herrán
    Jaime Lorente
    Mario Casas
    Blanca Suárez|Blanca Suarez
    Paz Vega
    Belén Rueda
    Luis Tosar
    Javier Cámara
    Maribel Verdú
    Carmen Maura
    Antonio de la Torre
    Paco León
    Santiago Segura
    Dani Rovira
    Pablo Motos
    David Broncano
    Jordi Évole|el follonero
    Risto Mejide
    Susana Griso
    Ana Rosa Quintana
    Mario Vaquerizo
    Alaska cantante|olvido gara
    Isabel Preysler
    Tamara Falcó
    Georgina Rodríguez|Georgina Rodriguez
    Irina Baeva
    Yalitza Aparicio
    Kate del Castillo
    Thalía actriz|ariadna thalía sodi
    Luis Miguel cantante
    Tatá Werneck
    Xuxa|Xuxa Meneghel|rainha dos baixinhos|maria da graça meneghel
    Ana Maria Braga
    Fausto Silva|Faustão
    Luciano Huck
    Angélica Ksyvickis
    Fátima Bernardes
    William Bonner
    Marcos Mion
    Ivete Sangalo|veveta
    Bruna Marquezine
    Marina Ruy Barbosa
    Grazi Massafera
    Camila Queiroz
    Cauã Reymond
    Reynaldo Gianecchini
    Lázaro Ramos
    Taís Araújo
    Paolla Oliveira
    Deborah Secco
    Juliana Paes
    Giovanna Antonelli
    Cristina Ferreira
    Daniel Oliveira ator
    Diogo Morgado
    Joaquim de Almeida
    Daniela Ruah
    Rita Pereira atriz
    Catarina Furtado
    Manuel Luís Goucha
    Ricardo Araújo Pereira
    """
}
