extension PublicFigureData {
    /// France and the francophone world: politics, media, culture, sport, business.
    static let france = """
    Emmanuel Macron|Macron|Emanuel Macron|Manu Macron|Emmanuelle Macron|Emmanuel Macronn|Macronn|président Macron|emmanuel jean-michel frédéric macron
    Brigitte Macron|Brigitte Trogneux
    François Hollande|Francois Hollande|Hollande président
    Nicolas Sarkozy|Sarko|Nicolas Sarkozi|Sarkozi|nicolas sarkozy de nagy-bocsa
    Carla Bruni|Carla Bruni-Sarkozy
    Valérie Trierweiler
    Ségolène Royal|Segolene Royal
    Édouard Philippe|Edouard Philippe
    Gabriel Attal
    Élisabeth Borne|Elisabeth Borne
    Jean Castex
    Michel Barnier
    François Bayrou|Francois Bayrou
    Sébastien Lecornu|Sebastien Lecornu
    Bernard Cazeneuve
    Manuel Valls
    Jean-Marc Ayrault
    Dominique de Villepin|de Villepin
    Lionel Jospin
    Alain Juppé|Alain Juppe
    Jean-Pierre Raffarin
    Édith Cresson
    Marine Le Pen|Marine Lepen|Marine Le Penn|Marine LePen|Le Pen
    Marion Maréchal|Marion Maréchal-Le Pen|Marion Marechal
    Jordan Bardella|Jordan Bardela|Bardela
    Éric Zemmour|Eric Zemmour|Zemour
    Jean-Luc Mélenchon|Jean-Luc Melenchon|Melenchon|Mélanchon|méluche
    Mathilde Panot
    Manuel Bompard
    François Ruffin|Francois Ruffin
    Clémentine Autain
    Sandrine Rousseau
    Marine Tondelier
    Yannick Jadot
    Olivier Faure
    Raphaël Glucksmann|Raphael Glucksmann
    Anne Hidalgo
    Rachida Dati
    Valérie Pécresse|Valerie Pecresse
    Laurent Wauquiez
    Bruno Retailleau
    Xavier Bertrand
    Éric Ciotti|Eric Ciotti
    Gérald Darmanin|Gerald Darmanin
    Bruno Le Maire
    Jean-Yves Le Drian
    Christophe Castaner
    Olivier Véran|Olivier Veran
    Aurore Bergé
    Yaël Braun-Pivet|Yael Braun-Pivet
    Richard Ferrand
    Gérard Larcher
    Stéphane Séjourné
    Pierre Moscovici
    Christiane Taubira
    Fabien Roussel
    Philippe Poutou
    Nathalie Arthaud
    Nicolas Dupont-Aignan
    Florian Philippot
    Jean Lassalle
    Marlène Schiappa|Marlene Schiappa
    Roselyne Bachelot
    Jack Lang
    Dominique Strauss-Kahn|DSK
    Bernard Kouchner
    Rama Yade
    Najat Vallaud-Belkacem
    Benoît Hamon
    Arnaud Montebourg
    Ian Brossat
    Louis Aliot
    Robert Ménard
    Nicolas Hulot
    Jean-Michel Blanquer
    Pap Ndiaye
    Amélie Oudéa-Castéra
    Agnès Pannier-Runacher
    Catherine Vautrin
    Patrick Balkany
    Alexis Kohler
    Alexandre Benalla
    Philippe de Villiers
    Louis Sarkozy
    Jean Sarkozy
    Marion Maréchal Le Pen
    Gad Elmaleh|Gad El Maleh
    Jamel Debbouze|Jamel Debouze
    Omar Sy|Omar Si
    Kev Adams|kevin smadja
    Florence Foresti
    Franck Dubosc
    Dany Boon|daniel hamidou
    Kad Merad
    Élie Semoun
    Michaël Youn
    Jean Dujardin|Jean Dujardain
    Gilles Lellouche
    Guillaume Canet
    Marion Cotillard|Marion Cotilard
    Léa Seydoux|Lea Seydoux|Léa Seydou
    Isabelle Huppert
    Catherine Deneuve|Catherine Denneuve
    Juliette Binoche
    Isabelle Adjani
    Sophie Marceau
    Vincent Cassel
    Monica Bellucci|Monica Belluci
    Gérard Depardieu|Gerard Depardieu|Depardieux
    Julie Depardieu
    Jean Reno
    Christian Clavier
    Thierry Lhermitte
    Gérard Jugnot
    Josiane Balasko
    Fabrice Luchini
    Daniel Auteuil
    Vincent Lindon
    Pierre Niney
    Romain Duris
    Tahar Rahim
    Reda Kateb
    Virginie Efira
    Adèle Exarchopoulos|Adele Exarchopoulos
    Adèle Haenel
    Eva Green
    Audrey Tautou
    Audrey Fleurot
    Mélanie Laurent|Melanie Laurent
    Louis Garrel
    Laetitia Casta
    Vanessa Paradis
    Lily-Rose Depp|Lily Rose Depp
    Charlotte Gainsbourg
    Bérénice Bejo
    Clovis Cornillac
    José Garcia
    Alain Chabat
    Jean-Paul Rouve
    François Cluzet
    Benoît Poelvoorde
    Cécile de France
    Alexandra Lamy
    Karin Viard
    Valérie Lemercier
    Marina Foïs
    Camille Cottin
    Ahmed Sylla
    Malik Bentalha
    Fary humoriste|fary lopes
    Blanche Gardin
    Inès Reg
    Norman Thavaud|Norman fait des vidéos
    Cyprien Iov
    Squeezie|Lucas Hauchard
    Tibo InShape|Tibo In Shape|thibaud delapart
    McFly et Carlito
    Léna Situations|Lena Situations|Léna Mahfouf
    Amixem|maxime chanet
    Michou youtubeur
    Inoxtag|Inès Benazzouz
    Mister V|Yvick Letexier
    Natoo|nathalie odzierejko
    Enjoy Phoenix|EnjoyPhoenix
    Gotaga|corentin houssein
    Kameto|kamel kebir
    Zerator|adrien nougaret
    Antoine Daniel
    Hugo Décrypte|HugoDécrypte|Hugo Travers
    Cyril Hanouna|Hanouna|Cyril Hanounna
    Pascal Praud
    Laurent Ruquier
    Thierry Ardisson
    Michel Drucker
    Nagui|nagui fam
    Anne-Claire Coudray
    Gilles Bouleau
    Laurent Delahousse
    Léa Salamé|Lea Salame
    Anne-Sophie Lapix
    Apolline de Malherbe
    Jean-Jacques Bourdin
    Yann Barthès|Yann Barthes
    Karine Le Marchand
    Stéphane Bern
    Christophe Dechavanne
    Cauet|sébastien cauet
    Bertrand Chameroy
    Jean-Michel Aphatie
    Ruth Elkrief
    Elise Lucet
    Daniel Cohn-Bendit
    Bernard-Henri Lévy|BHL|Bernard Henri Levy
    Michel Onfray
    Alain Finkielkraut
    Michel Houellebecq|Houellebecq
    Annie Ernaux
    Amélie Nothomb|Amelie Nothomb
    Leïla Slimani|Leila Slimani
    Virginie Despentes
    Guillaume Musso
    Marc Levy
    Joël Dicker|Joel Dicker
    Riad Sattouf
    Frédéric Beigbeder
    Thomas Piketty
    Raphaël Enthoven
    Edwy Plenel
    Vincent Bolloré|Vincent Bollore
    Bernard Arnault|Bernard Arnaud|patron de LVMH|loup en cachemire|wolf in cashmere
    Delphine Arnault
    Antoine Arnault
    Alexandre Arnault
    François-Henri Pinault|Francois Henri Pinault
    François Pinault
    Françoise Bettencourt Meyers|Francoise Bettencourt Meyers
    Xavier Niel
    Patrick Drahi
    Martin Bouygues
    Arnaud Lagardère
    Alain Afflelou
    Rodolphe Saadé
    Carlos Tavares
    Carlos Ghosn|Carlos Gosn
    Patrick Pouyanné
    Jean-Paul Agon
    Daniel Kretinsky
    Matthieu Pigasse
    Pierre-Édouard Stérin
    Nicolas Dufourcq
    Arthur Mensch
    Yann LeCun|Yann Le Cun
    Thomas Pesquet
    Jacques Attali
    Alain Minc
    David Hallyday
    Laeticia Hallyday
    Sylvie Vartan
    Michel Sardou
    Eddy Mitchell
    Jacques Dutronc
    Thomas Dutronc
    Julien Clerc
    Jean-Jacques Goldman|Jean Jacques Goldman
    Francis Cabrel
    Renaud Séchan|Renaud chanteur
    Patrick Bruel|patrick benguigui
    Florent Pagny
    Pascal Obispo
    Garou chanteur|pierre garand
    Calogero|calogero maurici
    Vianney chanteur|vianney bureau
    Bénabar
    Zaz chanteuse|isabelle geffroy
    Louane Emera|anne peichert
    Angèle Van Laeken|Angèle chanteuse
    Stromae|Paul Van Haver|Stromaé
    Aya Nakamura|Aya Nakamoura|Aya Nakamurra|aya danioko
    Jul rappeur|JuL|Julien Mari
    Ninho rappeur|william nzobazola
    PNL rap|Ademo|NOS PNL
    Booba|Élie Yaffa|Booba rappeur|duc de boulogne
    Kaaris|armand gnakouri
    Rohff|housni mkouboi
    Orelsan|Orelsan rappeur|aurélien cotentin
    Nekfeu|ken samaras
    Bigflo et Oli|Bigflo & Oli
    Soprano rappeur|Soprano chanteur|saïd m'roumbaba
    Maître Gims|Gims|Gandhi Djuna
    Dadju|dadju djuna
    SCH rappeur|julien schwarzer
    Damso|william kalubi
    Niska|stanislas dinga pinto
    Gazo
    Tiakola
    Werenoi
    Naps rappeur
    Lomepal|antoine valentinelli
    Vald|valentin le du
    Hamza rappeur
    Lacrim|karim zenoud
    Sofiane rappeur|Fianso
    MC Solaar|claude m'barali
    Akhenaton rappeur|philippe fragione
    Oxmo Puccino
    Youssoupha
    Kery James|alix mathurin
    Diam's|Diams|mélanie georgiades
    Shy'm|Shym|tamara marthe
    Jenifer chanteuse|jenifer bartoli
    Nolwenn Leroy
    Christophe Maé|Christophe Mae
    M Pokora|Matt Pokora|matthieu tota
    Kendji Girac
    Slimane chanteur|slimane nebchi
    Amir Haddad
    Clara Luciani
    Juliette Armanet
    Pomme chanteuse|claire pommet
    Héloïse Letissier|Christine and the Queens
    Mylène Farmer|Mylene Farmer|mylène gautier
    Céline Dion|Celine Dion|Céline Dionne
    Lara Fabian
    Patricia Kaas
    Nicola Sirkis
    Benjamin Biolay
    Étienne Daho
    Alain Souchon
    Laurent Voulzy
    Véronique Sanson
    Zazie|isabelle de truchis de varennes
    Jean-Louis Aubert
    Thomas Bangalter
    David Guetta|David Getta|David Guéta
    Bob Sinclar|christophe le friant
    DJ Snake|Djsnake|william grigahcine
    Martin Solveig
    Kungs|valentin brunel
    Jean-Michel Jarre
    Ibrahim Maalouf
    Gautier Capuçon
    Renaud Capuçon
    Yannick Nézet-Séguin
    Kylian Mbappé|Kylian Mbappe|Mbappé|Kilian Mbappe|Kylian Mbape|Kyllian Mbappé|Mbape
    Antoine Griezmann|Griezman|Antoine Grizmann|grizou
    Karim Benzema|Benzema|Karim Benzéma
    Olivier Giroud
    Hugo Lloris
    Paul Pogba|Pogba|pogboom
    N'Golo Kanté|Ngolo Kante|N Golo Kante
    Ousmane Dembélé|Ousmane Dembele|Dembélé|dembouz
    Aurélien Tchouaméni
    Eduardo Camavinga
    William Saliba
    Jules Koundé
    Théo Hernandez
    Lucas Hernandez
    Marcus Thuram
    Mike Maignan
    Adrien Rabiot
    Randal Kolo Muani
    Bradley Barcola
    Michael Olise
    Désiré Doué
    Rayan Cherki
    Warren Zaïre-Emery
    Didier Deschamps|Deschamps
    Zinedine Zidane|Zidane|Zizou|Zinédine Zidane|zinedine yazid zidane
    Thierry Henry|Titi Henry
    Franck Ribéry
    Patrice Evra
    Samir Nasri
    Laurent Blanc
    Eric Cantona|Éric Cantona
    Michel Platini|platoche
    Fabien Barthez|divin chauve
    Emmanuel Petit
    Robert Pirès|Robert Pires
    David Trezeguet
    Bixente Lizarazu
    Marcel Desailly
    Lilian Thuram
    Youri Djorkaeff
    Christophe Dugarry
    Jérôme Rothen
    Djibril Cissé
    Nicolas Anelka
    Hatem Ben Arfa
    Dimitri Payet
    Wissam Ben Yedder
    Rudi Garcia
    Christophe Galtier
    Luis Enrique
    Nasser Al-Khelaifi|Nasser al Khelaifi
    Tony Parker|Tony Parkeur
    Victor Wembanyama|Wembanyama|Wemby|Victor Wenbanyama
    Rudy Gobert
    Nicolas Batum
    Evan Fournier
    Teddy Riner
    Léon Marchand|Leon Marchand
    Florent Manaudou
    Laure Manaudou
    Camille Lacourt
    Antoine Dupont|Antoine Dupond
    Romain Ntamack
    Matthieu Jalibert
    Fabien Galthié
    Thomas Ramos
    Gaël Fickou
    Louis Bielle-Biarrey
    Sébastien Chabal|Sebastien Chabal
    Yannick Noah
    Joakim Noah
    Gaël Monfils|Gael Monfils
    Richard Gasquet
    Jo-Wilfried Tsonga
    Caroline Garcia
    Amélie Mauresmo
    Marion Bartoli
    Arthur Fils
    Ugo Humbert
    Sébastien Loeb|Sebastien Loeb
    Sébastien Ogier
    Pierre Gasly
    Esteban Ocon
    Alain Prost
    Romain Grosjean
    Julian Alaphilippe
    Thibaut Pinot
    Romain Bardet
    Bernard Hinault
    Renaud Lavillenie
    Kévin Mayer|Kevin Mayer
    Marie-José Pérec
    Teddy Tamgho
    Clarisse Agbégnénou
    Martin Fourcade
    Tessa Worley
    Alexis Pinturault
    Nikola Karabatić|Nikola Karabatic
    Estelle Mossely
    Tony Yoka
    Francis Ngannou
    Ciryl Gane
    Benoît Saint-Denis
    Sadio Mané|Sadio Mane
    Kalidou Koulibaly
    Édouard Mendy
    Didier Drogba|Drogba
    Samuel Eto'o|Samuel Etoo
    Riyad Mahrez
    Achraf Hakimi|Hakimi
    Hakim Ziyech
    Yassine Bounou|Bono gardien
    Walid Regragui
    Youssef En-Nesyri
    Vincent Aboubakar
    André Onana
    Pierre-Emerick Aubameyang|Aubameyang
    Nicolas Pépé
    Wilfried Zaha
    Yaya Touré
    Kolo Touré
    Romelu Lukaku|big rom
    Kevin De Bruyne|De Bruyne|Kevin de Bruyn|kdb
    Thibaut Courtois
    Eden Hazard|Hazard Eden
    Jérémy Doku
    Vincent Kompany
    Philippe Gilbert
    Remco Evenepoel
    Wout van Aert
    Eddy Merckx
    Nafissatou Thiam|Nafi Thiam
    Justine Henin
    Kim Clijsters
    David Goffin
    Stan Wawrinka
    Xherdan Shaqiri
    Granit Xhaka
    Yann Sommer
    Lara Gut-Behrami
    Marco Odermatt
    Denis Villeneuve|Denis Villneuve
    Xavier Dolan
    Guy Laliberté
    Mariana Mazza
    Charlotte Cardin
    Youssou N'Dour|Youssou Ndour
    Angélique Kidjo|Angelique Kidjo
    Fally Ipupa
    Koffi Olomidé|Koffi Olomide
    Salif Keita
    Tiken Jah Fakoly
    Alpha Blondy
    Burna Boy|damini ogulu
    Wizkid|ayodeji balogun
    Davido|david adeleke
    Tems
    Rema chanteur
    Ayra Starr
    Yemi Alade
    Saad Lamjarred
    Elgrande Toto
    Soolking|abderraouf derradji
    DJ Khaled
    Faudel
    Cheb Khaled|Khaled chanteur
    Cheb Mami
    Mohamed Ramadan
    Amr Diab
    Nancy Ajram
    Haifa Wehbe
    Elissa chanteuse
    Fairuz
    Majida El Roumi
    Ragheb Alama
    Mohamed Salah|Mo Salah|Mohammed Salah|Mohamed Sallah
    """
}
