// SPDX-License-Identifier: EUPL-1.2
/**
 * Given names common in Sweden (SCB's most frequent names across generations) and among the
 * international staff and students of Swedish universities. Kept as whitespace-separated text
 * so the list stays readable and compact; a hyphenated double name ("Anna-Karin") is recognised
 * from its parts and need not be listed.
 */
const SWEDISH_FEMALE = `
  Agneta Agnes Alice Alicia Alma Alva Amanda Anette Ann Anna Anneli Annelie Annika Anneli Astrid
  Barbro Berit Birgitta Britt Britta Camilla Carina Caroline Cecilia Charlotta Charlotte Ebba Edith
  Elin Elina Elisabet Elisabeth Ella Ellen Elsa Elsie Emelie Emilia Emma Ester Ewa Eva Fanny
  Felicia Freja Frida Gerd Greta Gun Gunilla Gunnel Hanna Hedvig Helen Helena Ida Inga Ingegerd
  Ingela Inger Ingrid Irene Isabella Isabelle Jenny Jessica Johanna Josefin Josefine Julia Karin
  Kajsa Katarina Kerstin Klara Kristina Lena Lilian Linda Linn Linnea Lisa Lisbeth Liv Lotta
  Louise Lovisa Madeleine Maja Maj Malin Margareta Margit Maria Marianne Marie Matilda Moa Mona
  Märta Nathalie Nora Pia Petra Ronja Rut Saga Sandra Sanna Sara Selma Signe Siv Sofia Sofie
  Solveig Sonja Stina Susanne Sylvia Therese Tilda Tove Ulla Ulrika Vera Victoria Viktoria Vilma
  Viola Wilma Ylva Yvonne Åsa Lova Agda Gunvor Maud Ingeborg Elvira Tyra Juni Majken Ingalill
`;

const SWEDISH_MALE = `
  Adam Albin Alexander Alf Anders Andreas Anton Arne Arvid Axel Bengt Bertil Birger Björn Bo Börje
  Carl Christer Christian Christoffer Claes Conny Dag Daniel David Dennis Ebbe Edvin Elias Emil
  Erik Evert Filip Folke Fredrik Gabriel Gunnar Gustav Gustaf Göran Gösta Hampus Hans Harald Henrik
  Hjalmar Hugo Håkan Ingemar Ingvar Isak Ivar Jakob Jan Jesper Jimmy Joakim Johan Johannes Johnny
  Jonas Jonathan Josef Jörgen Karl Kenneth Kent Kjell Klas Knut Kristian Kristoffer Kurt Lars Leif
  Lennart Leo Linus Love Lucas Ludvig Magnus Malte Marcus Martin Mats Mattias Melker Mikael Mohamed
  Måns Niklas Nils Noah Ola Olle Olof Oliver Oscar Oskar Otto Patrik Per Peter Pontus Pär Ragnar
  Rasmus Rickard Rikard Robert Robin Roger Roland Rolf Rune Samuel Sebastian Simon Staffan Sten
  Stefan Stig Sture Sune Sven Theo Thomas Tobias Tomas Tommy Tor Torbjörn Torsten Ture Ulf Urban
  Valter Viggo Viktor Vilhelm Vincent Walter Wilhelm William Åke Östen Sixten Tage Vidar Loke
`;

const ENGLISH_AND_EUROPEAN = `
  Aaron Abigail Alan Albert Alexandra Alison Amy Andrea Andrew Angela Anthony Arthur Ashley Barbara
  Benjamin Betty Brandon Brenda Brian Bruce Carlos Carol Catherine Charles Cheryl Christine
  Christopher Claire Cynthia Deborah Debra Denise Diana Diane Donald Donna Dorothy Douglas Dylan
  Edward Elizabeth Emily Eric Ethan Eugene Evelyn Frances Francesco Gary George Gerald Giulia
  Giuseppe Gloria Gregory Harold Heather Helen Henry Jacob Jacqueline James Janet Janice Jason
  Javier Jean Jeffrey Jennifer Jeremy Jerry Jesse Joan Joe John Jorge José Joseph Joshua Joyce
  Juan Judith Julie Justin Karen Katherine Kathleen Keith Kelly Kevin Kimberly Kyle Larry Laura
  Lauren Lawrence Linda Louis Luca Lucía Luis Marco Margaret Marilyn Mark Martha Mary Matteo
  Matthew Megan Melissa Michael Michelle Miguel Nancy Natalie Nicholas Nicole Olivia Pablo Pamela
  Patricia Patrick Paul Philip Pierre Rachel Ralph Raymond Rebecca Richard Robert Ronald Russell
  Ruth Ryan Samantha Sandra Sarah Scott Sean Sharon Shirley Sophia Sophie Stephanie Stephen Steven
  Susan Teresa Terry Theresa Timothy Tyler Virginia Walter Wayne Zachary Klaus Jürgen Wolfgang
  Stefanie Markus Sabine Ursula Heinz Dieter Françoise François Jacques Amélie Camille Guillaume
  Antoine Alessandro Giovanni Chiara Francesca Marta Pedro Ana Sofía Beatriz Tomasz Katarzyna
  Agnieszka Piotr Krzysztof Małgorzata Jan Pieter Sanne Daan Mette Søren Lars Sigrid Kari Ole
  Rose Grace Jordan Victoria Hope Joy Iris Ruby Jukka Mikko Tiina Päivi Juha Kaisa Liisa Aino Eero Niamh Siobhan Seamus Aoife Ciara Eoin
`;

const RUSSIAN_AND_EAST_EUROPEAN = `
  Aleksandr Aleksei Alexei Alexey Anastasia Andrei Andrey Anna Boris Dmitri Dmitry Ekaterina Elena
  Evgeny Galina Igor Irina Ivan Konstantin Ksenia Larisa Ludmila Lyudmila Maksim Marina Mikhail
  Nadezhda Natalia Natalya Nikolai Nikolay Oleg Olga Pavel Sergei Sergey Svetlana Tatiana Tatyana
  Valentina Vladimir Vladislav Yekaterina Yelena Yuri Yury Oksana Taras Bohdan Olena Mykola
  Volodymyr Yulia Viktor Artem Denis Anton Kirill Ilya Nikita Polina Darya Sofiya Alina Yana
`;

const ARABIC_PERSIAN_TURKISH = `
  Abdullah Abdul Abdulrahman Ahmad Ahmed Aisha Ali Amal Amin Amina Amir Arash Ayşe Azadeh Babak
  Bilal Dariush Darius Ebrahim Elif Emine Emre Farah Farhad Farid Fatemeh Fatima Fatma Hadi Hamid
  Hamza Hana Hassan Hossein Huda Hussein Ibrahim Jamal Kamal Kamran Karim Khaled Khalid Layla
  Leila Mahmoud Mahsa Majid Mariam Maryam Mehdi Mehmet Mina Mohammad Mohammed Muhammad Mustafa
  Nadia Nasrin Nasser Navid Nour Omar Parisa Rami Rana Rania Rashid Reza Roya Saeed Said Salma
  Samir Sara Shirin Tariq Walid Yasmin Yousef Youssef Yusuf Zahra Zeynep Zainab Ahmet Murat
  Mehran Mojtaba Morteza Ramin Sina Soheil Pegah Niloufar Golnaz Ladan Behnam Kaveh Payam Omid
`;

const SOUTH_ASIAN = `
  Aarav Aditi Aditya Ajay Akash Amit Amitabh Ananya Anil Anita Anjali Arjun Arun Deepa Deepak Divya
  Ganesh Gaurav Geeta Harish Kavita Krishna Lakshmi Manoj Meera Mohan Neha Nikhil Pooja Prakash
  Pradeep Priya Rahul Raj Rajesh Rakesh Ramesh Ravi Rohan Rohit Sanjay Shreya Shyam Sneha Sunil
  Sunita Suresh Vijay Vikram Vinod Imran Ayesha Farhan Sana Usman Zara Tanvir Nusrat Rina
`;

const AFRICAN_LATIN_AMERICAN_AND_OTHER = `
  Kwame Kofi Ama Abena Chinedu Ngozi Oluwaseun Olumide Adebayo Chiamaka Emeka Obinna Tendai Thabo
  Sipho Lerato Wanjiru Wanjiku Njeri Kamau Otieno Achieng Tesfaye Abebe Almaz Dawit Yohannes Fatou
  Moussa Amadou Aminata Ibrahima Mamadou Diego Alejandro Valentina Camila Mateo Gabriela Fernanda
  Ricardo Eduardo Fernando Andrés Paula Daniela Joaquín Rafael Sergio Giorgos Dimitris Nikos Eleni
  Konstantinos Yannis Burak Cem Kerem Ozan Yossi Avi Noa Tamar Yael Eitan Moshe Paweł Michał
  Marcin Łukasz Magdalena Joanna Aleksandra László Zoltán Gábor Zsófia Jiří Petr Tomáš Jana Lucie
  Jānis Andris Tõnu Kristjan Rasa Jurgita Ioana Andrei Mihai Elena Bogdan Dragan Milica Ana
`;

const EAST_ASIAN = `
  Bo Chen Dong Fang Gang Hao Hong Hui Jia Jian Jie Jin Jing Jun Lei Li Lin Ling Long Mei Min Ming
  Na Ning Peng Ping Qiang Qing Tao Ting Wei Xia Xiao Xin Xiu Yan Yang Ying Yong Yu Yun Zhen Zhi
  Zhiwei Xiaoming Xiaoyu Xiaohong Jianguo Haiyan Lijun Weiwei Yifan Yiming Zihan Haoran Yuxuan
  Hiroshi Takashi Kenji Akira Yuki Yuko Keiko Naoko Satoshi Haruto Sakura Yui Kenta Daisuke
  Minjun Jiwoo Seoyeon Jihoon Hyun Soojin Jiyeon Minseo Eunji Dae Thanh Huong Linh Nguyet
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [
    SWEDISH_FEMALE,
    SWEDISH_MALE,
    ENGLISH_AND_EUROPEAN,
    RUSSIAN_AND_EAST_EUROPEAN,
    ARABIC_PERSIAN_TURKISH,
    SOUTH_ASIAN,
    AFRICAN_LATIN_AMERICAN_AND_OTHER,
    EAST_ASIAN,
  ].flatMap((group) => group.trim().split(/\s+/u)),
);

/**
 * Given names that are also ordinary words, months or places ("per år", "Maj 2023", "Jan.",
 * "hans", "Dag", "Klara", "konferensen i Sofia", "Will", "Mark"): counted as a name only with a
 * title before them or a surname after them.
 */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(
  `
  per bo maj rut ask jan juni hans dag liv sten stig gun siv tor klara lisa alma love lova saga
  knut axel nora mina sina will mark may june april august bill frank dean grace hope faith joy
  rose iris amber ruby victoria viktoria sofia georgia jordan chad israel florence charlotte
  christian said amin jean raj min long gang ping na li lin yang hong dong jun jin fang tao qing
  xia hui dae
  `
    .trim()
    .split(/\s+/u),
);

/**
 * Given names that are also ordinary Swedish words written in lower case mid-sentence ("inga
 * åtgärder", "sanna uppgifter", "urban planering"): capitalised mid-sentence they are names
 * ("vi pratade med Inga"), but at the start of a sentence they count only with a surname after
 * them ("Inga åtgärder behövdes" is no one; "Inga Lindström sa" is someone).
 */
export const SENTENCE_START_WORD_NAMES: ReadonlySet<string> = new Set(['inga', 'sanna', 'urban']);
