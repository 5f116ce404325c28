extension PublicFigureData {
    /// Business leaders, tech founders, investors, influencers, streamers and other public personalities.
    static let business = """
    Elon Musk|Musk|Elon Mosk|Elon Muskk|Elon Reeve Musk|Ilon Musk|Elon Mush|technoking
    Jeff Bezos|Jeff Besos|Jeffrey Bezos|Bezos
    Mark Zuckerberg|Mark Zuckerburg|Zuckerberg|Mark Zukerberg|Marc Zuckerberg|zucc
    Bill Gates|Bill Gate|William Gates
    Melinda French Gates|Melinda Gates
    Warren Buffett|Warren Buffet|Buffett|oracle of omaha|oracle d'omaha|oráculo de omaha|orakel von omaha|oracolo di omaha
    Tim Cook Apple|Timothy Cook
    Sundar Pichai|Pichai
    Satya Nadella|Nadella
    Sam Altman|Samuel Altman|Altman
    Jensen Huang|Jensen Hwang
    Larry Page|Larry Page Google
    Sergey Brin|Sergei Brin
    Larry Ellison
    Steve Ballmer
    Michael Dell
    Jack Dorsey
    Peter Thiel|Thiel
    Reid Hoffman
    Marc Andreessen
    Brian Chesky
    Travis Kalanick
    Dara Khosrowshahi
    Evan Spiegel
    Daniel Ek
    Reed Hastings
    Ted Sarandos
    Sheryl Sandberg
    Marissa Mayer
    Lisa Su
    Pat Gelsinger
    Demis Hassabis
    Mustafa Suleyman
    Dario Amodei
    Daniela Amodei
    Ilya Sutskever
    Greg Brockman
    Mira Murati
    Andrej Karpathy
    Geoffrey Hinton
    Yoshua Bengio
    Fei-Fei Li
    Andrew Ng
    Alexandr Wang
    Palmer Luckey
    Vitalik Buterin
    Changpeng Zhao|CZ Binance
    Sam Bankman-Fried|SBF|Sam Bankman Fried
    Brian Armstrong Coinbase
    Michael Saylor
    Cathie Wood
    Jamie Dimon
    Larry Fink
    Ken Griffin
    Ray Dalio
    Bill Ackman
    Carl Icahn
    George Soros
    Alexander Soros
    Michael Bloomberg|Mike Bloomberg
    Rupert Murdoch|Murdoch
    Lachlan Murdoch
    Bob Iger
    Tim Sweeney
    Gabe Newell
    Hideo Kojima
    Shigeru Miyamoto
    Markus Persson|Notch Minecraft
    Jack Ma|Ma Yun
    Pony Ma|Ma Huateng
    Zhang Yiming
    Shou Zi Chew
    Lei Jun
    Colin Huang
    Masayoshi Son
    Tadashi Yanai
    Mukesh Ambani|Ambani
    Anant Ambani
    Nita Ambani
    Gautam Adani|Adani
    Lakshmi Mittal
    Azim Premji
    Nandan Nilekani
    Narayana Murthy
    Akshata Murty
    Lee Jae-yong|Jay Y Lee
    Carlos Slim|Carlos Slim Helú
    Amancio Ortega|Amancio Ortega Gaona
    Marta Ortega
    Florentino Pérez|Florentino Perez
    Joan Laporta
    Ana Botín|Ana Botin
    Jorge Paulo Lemann
    Eike Batista
    Stefano Domenicali
    John Elkann
    Lapo Elkann
    Donatella Versace
    Miuccia Prada
    Renzo Rosso
    Diego Della Valle
    Piersilvio Berlusconi|Pier Silvio Berlusconi
    Marina Berlusconi
    Urbano Cairo
    Dieter Schwarz
    Susanne Klatten
    Stefan Quandt
    Klaus-Michael Kühne
    Reinhold Würth
    Ola Källenius
    Oliver Blume
    Christian Sewing
    Herbert Diess
    Stefan Persson
    Niklas Zennström
    Sebastian Siemiatkowski
    Ferran Adrià
    Alain Ducasse
    Cyril Lignac
    Philippe Etchebest
    Thierry Marx
    Massimo Bottura
    José Andrés
    Simon Porte Jacquemus|Jacquemus
    Olivier Rousteing
    Jean Paul Gaultier|Jean-Paul Gaultier
    Christian Louboutin
    Stella McCartney
    Tom Ford designer
    Marc Jacobs
    Ralph Lauren
    Tommy Hilfiger
    Calvin Klein
    Vera Wang
    Michael Kors
    Kim Jones designer
    Demna Gvasalia|Demna
    Alessandro Michele
    Maria Grazia Chiuri
    Anna Wintour|nuclear wintour
    Richard Branson|Branson
    James Dyson
    Alan Sugar|Lord Sugar
    Philip Green|sir shifty
    Jim Ratcliffe
    Mike Ashley
    Roman Abramovich|Abramovich
    Alisher Usmanov
    Oleg Deripaska
    Vladimir Potanin
    Mikhail Fridman
    Todd Boehly
    Stan Kroenke
    Jerry Jones
    Robert Kraft
    Mark Cuban
    Daymond John
    Kevin O'Leary
    Barbara Corcoran
    Gary Vaynerchuk|Gary Vee
    Tony Robbins
    Jordan Peterson
    Andrew Tate|Andrew Taite|cobra tate
    Tristan Tate
    Alex Jones
    Candace Owens
    Ben Shapiro
    Nick Fuentes
    Steven Crowder
    Hasan Piker
    MrBeast|Mr Beast|Jimmy Donaldson|Mr Beastt
    PewDiePie|Felix Kjellberg|Pewdiepie|pewds
    Markiplier|mark fischbach
    Jacksepticeye
    KSI|Olajide Olatunji|jj olatunji
    Kai Cenat
    IShowSpeed|iShowSpeed|Speed streamer|Darren Watkins
    Ninja streamer|Tyler Blevins
    xQc|Felix Lengyel|xqcow
    Pokimane|imane anys
    Ibai Llanos|Ibai
    El Rubius|Rubius|Rubén Doblas
    AuronPlay|raúl álvarez genes
    TheGrefg|david cánovas
    Vegetta777|samuel de luque
    Willyrex|guillermo díaz ibáñez
    DjMaRiiO
    Luisito Comunica|luis arturo villar
    Juanpa Zurita
    Lele Pons
    Yuya youtuber
    Rezendeevil
    Felipe Neto
    Whindersson Nunes
    Casimiro Miguel|Casimiro
    Carlinhos Maia
    Virginia Fonseca
    Khaby Lame|Khaby|Khabane Lame
    Charli D'Amelio|Charli Damelio
    Dixie D'Amelio
    Addison Rae
    Bella Poarch
    Zach King
    Dream youtuber
    Emma Chamberlain
    Liza Koshy
    David Dobrik
    James Charles
    Jeffree Star
    Tana Mongeau
    Nikkie de Jager|NikkieTutorials
    Huda Kattan
    Michelle Phan
    Zoe Sugg|Zoella
    Joe Sugg
    Alfie Deyes
    Caspar Lee
    Marques Brownlee|MKBHD
    Linus Sebastian
    Casey Neistat
    Mark Rober
    Dude Perfect Tyler Toney
    Rhett and Link
    Smosh Ian Hecox
    Julien Bam
    Rezo youtuber
    Gronkh|erik range
    MontanaBlack|marcel eris
    Knossi|jens knossalla
    Papaplatte|kevin teller
    Bibi Claßen|BibisBeautyPalace
    Dagi Bee|dagmar kazakov
    Pamela Reif
    Leon Machère
    Favij|lorenzo ostuni
    Gianluca Vacchi
    Giulia De Lellis
    Dulceida
    María Pombo
    Paula Echevarría
    Pilar Rubio
    Sara Carbonero
    Andrew Huberman
    Lex Fridman
    Neil deGrasse Tyson
    Bill Nye
    Brian Cox physicist
    Richard Dawkins
    Sam Harris
    Yuval Noah Harari
    Noam Chomsky
    Slavoj Žižek|Slavoj Zizek
    Steven Pinker
    Malcolm Gladwell
    J K Rowling|JK Rowling|Joanne Rowling|J.K. Rowling|robert galbraith
    Stephen King author|richard bachman
    George R R Martin|George RR Martin|grrm
    Dan Brown author
    Paulo Coelho
    Isabel Allende
    Salman Rushdie
    Haruki Murakami
    Margaret Atwood
    Elena Ferrante
    Roberto Saviano
    Arturo Pérez-Reverte
    Ken Follett
    John Grisham
    Neil Gaiman
    Patriarch Kirill|Kirill of Moscow
    Justin Welby
    Ayatollah Sistani|Ali al-Sistani
    Zakir Naik
    Tariq Ramadan
    Hassan Iquioussen
    Dieudonné M'bala M'bala|Dieudonné humoriste|Dieudonne Mbala Mbala
    Alain Soral
    """
}
