namespace QuickpassPsa.Bench.Corpus;

/// <summary>Given names and surnames for generated people: common ones, accented ones, apostrophes, hyphens, particles.</summary>
internal static class NamePools
{
    public static readonly string[] FemaleFirst =
    {
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
        "Nancy", "Lisa", "Margaret", "Betty", "Sandra", "Ashley", "Dorothy", "Kimberly", "Emily", "Donna",
        "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura", "Sharon", "Cynthia",
        "Kathleen", "Amy", "Shirley", "Angela", "Helen", "Anna", "Brenda", "Pamela", "Nicole", "Samantha",
        "Katherine", "Christine", "Emma", "Catherine", "Rachel", "Victoria", "Abigail", "Olivia", "Sophia", "Isabella",
        "Zoë", "Chloé", "Siobhán", "Aoife", "Niamh", "Ingrid", "Björk", "Maria", "Antonia", "Daniela",
        "Priya", "Ananya", "Mei", "Yuki", "Fatima", "Aisha", "Olga", "Agnieszka", "Małgorzata", "Renée",
        "Hannah", "Grace", "Lily", "Ella", "Avery", "Madison", "Harper", "Evelyn", "Aria", "Scarlett",
        "Hazel", "Nora", "Riley", "Layla", "Zoey", "Stella", "Leah", "Audrey", "Savannah", "Claire",
        "Lucy", "Caroline", "Naomi", "Ruby", "Alice", "Julia", "Jade", "Eva", "Sadie", "Vivian",
        "Diana", "Gloria", "Teresa", "Joan", "Judith", "Janet", "Marilyn", "Frances", "Kathryn", "Beverly",
        "Denise", "Tammy", "Irene", "Jane", "Lori", "Rachael", "Megan", "Heather", "Andrea", "Tiffany",
        "Ingeborg", "Astrid", "Freya", "Sinéad", "Éabha", "Carmen", "Lucía", "Inés", "Paloma", "Ximena",
        "Keiko", "Hana", "Min-jun", "Ji-woo", "Lakshmi", "Deepa", "Nadia", "Leila", "Yasmin", "Amara",
    };

    public static readonly string[] MaleFirst =
    {
        "James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas", "Charles",
        "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
        "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan",
        "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon",
        "Benjamin", "Samuel", "Gregory", "Alexander", "Patrick", "Frank", "Raymond", "Jack", "Dennis", "Jerry",
        "José", "Łukasz", "Søren", "François", "Jürgen", "Seán", "Oisín", "Mario", "Antonio", "Daniele",
        "Raj", "Arjun", "Wei", "Hiroshi", "Omar", "Ahmed", "Dmitri", "Piotr", "Tomás", "Björn",
        "Henry", "Peter", "Adam", "Zachary", "Douglas", "Nathan", "Tyler", "Aaron", "Jose", "Adrian",
        "Kyle", "Walter", "Harold", "Carl", "Arthur", "Gerald", "Roger", "Keith", "Lawrence", "Terry",
        "Sean", "Christian", "Austin", "Albert", "Joe", "Ethan", "Jesse", "Willie", "Billy", "Bryan",
        "Bruce", "Jordan", "Ralph", "Roy", "Noah", "Dylan", "Eugene", "Wayne", "Alan", "Juan",
        "Louis", "Russell", "Gabriel", "Randy", "Philip", "Harry", "Vincent", "Bobby", "Johnny", "Logan",
        "Liam", "Mason", "Elijah", "Lucas", "Oliver", "Aiden", "Caleb", "Owen", "Isaac", "Levi",
        "Matthias", "Lars", "Anders", "Émile", "Rafael", "Santiago", "Mateo", "Kenji", "Takumi", "Sung-min",
        "Vikram", "Rohan", "Karim", "Youssef", "Tariq", "Kwame", "Chidi", "Mehmet", "Emre", "Nikolai",
    };

    public static readonly string[] Surnames =
    {
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
        "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
        "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes",
        "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper",
        "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson",
        "O'Brien", "O'Connor", "O'Neill", "D'Angelo", "McDonald", "MacLeod", "Smith-Jones", "Lloyd-Webber", "Garcia-Lopez", "Ferreira",
        "Nguyễn", "Trần", "Müller", "Schröder", "Gómez", "Núñez", "Kowalczyk", "Dvořák", "Çelik", "Ødegaard",
        "Wójcik", "Łukaszewski", "Sørensen", "Håkansson", "Lefèvre", "Rossi", "Bianchi", "Esposito", "Kowalski", "Novák",
        "van der Berg", "de la Cruz", "van Dijk", "de Vries", "St. John", "Patel", "Shah", "Singh", "Chen", "Wang",
        "Tanaka", "Sato", "Yamamoto", "Haddad", "Khan", "Ivanova", "Petrov", "Fitzgerald", "Gallagher", "Byrne",
        "Gray", "James", "Watson", "Brooks", "Sanders", "Price", "Bennett", "Wood", "Barnes", "Ross",
        "Henderson", "Coleman", "Jenkins", "Perry", "Powell", "Long", "Patterson", "Hughes", "Washington", "Butler",
        "Simmons", "Foster", "Gonzales", "Bryant", "Alexander", "Russell", "Griffin", "Hayes", "Myers", "Ford",
        "Hamilton", "Graham", "Sullivan", "Wallace", "Woods", "Cole", "West", "Jordan", "Owens", "Reynolds",
        "Fisher", "Ellis", "Harrison", "Gibson", "McDonnell", "Marshall", "Murray", "Freeman", "Wells", "Webb",
        "Simpson", "Stevens", "Tucker", "Porter", "Hunter", "Hicks", "Crawford", "Henry", "Boyd", "Mason",
        "Kennedy", "Warren", "Dixon", "Burns", "Gordon", "Shaw", "Holmes", "Rice", "Robertson", "Hunt",
        "Black", "Daniels", "Palmer", "Mills", "Nichols", "Grant", "Knight", "Ferguson", "Rose", "Stone",
        "Hawkins", "Dunn", "Perkins", "Hudson", "Spencer", "Gardner", "Stephens", "Payne", "Pierce", "Berry",
        "Matthews", "Arnold", "Wagner", "Willis", "Ray", "Watkins", "Olson", "Carroll", "Duncan", "Snyder",
        "Hart", "Cunningham", "Bradley", "Lane", "Andrews", "Ruiz", "Harper", "Fox", "Riley", "Armstrong",
        "Carpenter", "Weaver", "Greene", "Lawrence", "Elliott", "Chavez", "Sims", "Austin", "Peters", "Kelley",
        "Franklin", "Lawson", "Fields", "Ryan", "Schmidt", "Carr", "Vasquez", "Castillo", "Wheeler", "Chapman",
        "Oliver", "Montgomery", "Richards", "Williamson", "Johnston", "Banks", "Meyer", "Bishop", "McCoy", "Howell",
        "Alvarez", "Morrison", "Hansen", "Fernandez", "Garza", "Harvey", "Little", "Burton", "Stanley", "Nguyen-Tran",
        "Kovačević", "Horváth", "Nagy", "Szabó", "Jovanović", "Popescu", "Ionescu", "Andersson", "Johansson", "Nieminen",
        "Virtanen", "Jensen", "Nielsen", "Larsen", "Bakker", "Janssen", "Visser", "Peeters", "Dubois", "Lambert",
        "Moreau", "Girard", "Bernard", "Weber", "Becker", "Hoffmann", "Koch", "Richter", "Klein", "Wolf",
        "Conti", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Costa", "Fontana", "Santos", "Oliveira",
        "Pereira", "Almeida", "Ribeiro", "Carvalho", "Mendes", "Yilmaz", "Demir", "Şahin", "Aydın", "Öztürk",
        "Gupta", "Kumar", "Sharma", "Reddy", "Iyer", "Nair", "Das", "Bose", "Zhang", "Liu",
        "Huang", "Zhao", "Wu", "Zhou", "Park", "Choi", "Jung", "Kang", "Nakamura", "Kobayashi",
        "Watanabe", "Ito", "Okafor", "Mensah", "Adeyemi", "Abubakar", "Hussain", "Rahman", "Hosseini", "Cohen",
    };

    /// <summary>Given-name pairs that differ by one final vowel: different people, never typos of each other.</summary>
    public static readonly (string, string)[] GenderPairs =
    {
        ("Maria", "Mario"), ("Antonia", "Antonio"), ("Daniela", "Daniele"),
    };

    /// <summary>(a formal name, another formal name, a short name that stands for both): Sam is Samuel or Samantha.</summary>
    public static readonly (string, string, string)[] SharedNicknames =
    {
        ("Samuel", "Samantha", "Sam"), ("Alexander", "Alexandra", "Alex"), ("Christopher", "Christine", "Chris"),
        ("Patrick", "Patricia", "Pat"), ("Frederick", "Frederica", "Freddie"), ("Daniel", "Danielle", "Dani"),
        ("Charles", "Charlotte", "Charlie"), ("Terence", "Teresa", "Terry"),
    };
}
