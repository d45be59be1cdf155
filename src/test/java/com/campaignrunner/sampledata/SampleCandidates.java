package com.campaignrunner.sampledata;

import static com.campaignrunner.sampledata.ResumeProfile.ACCOUNTANT;
import static com.campaignrunner.sampledata.ResumeProfile.CLOUD_SALES;
import static com.campaignrunner.sampledata.ResumeProfile.DATA_ENGINEER;
import static com.campaignrunner.sampledata.ResumeProfile.FINTECH_JAVA;
import static com.campaignrunner.sampledata.ResumeProfile.FRONTEND;
import static com.campaignrunner.sampledata.ResumeProfile.JAVA_GRADUATE;
import static com.campaignrunner.sampledata.ResumeProfile.JUNIOR_PYTHON;
import static com.campaignrunner.sampledata.ResumeProfile.KOTLIN_BACKEND;
import static com.campaignrunner.sampledata.ResumeProfile.NURSE;
import static com.campaignrunner.sampledata.ResumeProfile.PLATFORM_JAVA;
import static com.campaignrunner.sampledata.ResumeProfile.QA_AUTOMATION;
import static com.campaignrunner.sampledata.ResumeProfile.SENIOR_JAVA;
import static com.campaignrunner.sampledata.ResumeProfile.SITE_RELIABILITY;
import static com.campaignrunner.sampledata.ResumeProfile.TECH_LEAD;
import static com.campaignrunner.sampledata.ResumeProfile.WAREHOUSE_LEAD;

import com.campaignrunner.sampledata.SampleCandidate.ResumePlan;
import java.util.List;

/**
 * The invented people of the sample campaign, in spreadsheet order (the first entry is row 2). Everyone is
 * fictional; emails are at example.com and example.org, phone numbers follow the 555 01xx pattern or the ranges
 * reserved for fiction.
 */
final class SampleCandidates {

    private SampleCandidates() {
    }

    static List<SampleCandidate> all() {
        return List.of(
                candidate("Anna", "Kowalska", "anna.kowalska@example.com", "+48 12 555 0101", "PL")
                        .resume("anna_kowalska.pdf").linkedIn("https://www.linkedin.com/in/anna-kowalska")
                        .source("Referral")
                        .writes(SENIOR_JAVA, 9, "Nordpay", "Vistula Software", "Kraków, Poland",
                                "MSc Computer Science, AGH University of Science and Technology",
                                "Polish (native), English (C1), German (B1)"),
                candidate("Zoë", "Van den Berg", "zoe.vandenberg@example.org", "+31 30 555 0102", "NL")
                        .resume("zoe_van_den_berg.txt").source("Job board")
                        .writes(KOTLIN_BACKEND, 6, "Tulip Commerce", "Grachtwerk", "Utrecht, Netherlands",
                                "BSc Information Science, Utrecht University", "Dutch (native), English (C2)"),
                candidate("François", "Dubois", "francois.dubois@example.com", "+33 4 55 50 01 03", "FR")
                        .resume("francois_dubois.pdf").linkedIn("https://www.linkedin.com/in/francois-dubois-lyon")
                        .source("LinkedIn")
                        .writes(PLATFORM_JAVA, 11, "Rhône Cloud", "Banque Horizon", "Lyon, France",
                                "Diplôme d'ingénieur en informatique, INSA Lyon", "French (native), English (C1)"),
                candidate("Łukasz", "Wiśniewski", "lukasz.wisniewski@example.com", "+48 71 555 0104", "PL")
                        .resume("lukasz_wisniewski.docx").source("Referral, Anna Kowalska")
                        .writes(FINTECH_JAVA, 7, "Odra Payments", "Krasnal Soft", "Wrocław, Poland",
                                "MSc Applied Computer Science, Wrocław University of Science and Technology",
                                "Polish (native), English (C1)"),
                candidate("Lucía", "Ñúñez", "lucia.nunez@example.org", "+34 954 555 0105", "ES")
                        .resume("lucia_nunez.txt").source("Job board")
                        .writes(DATA_ENGINEER, 5, "Giralda Analytics", "Aceituna Foods", "Sevilla, Spain",
                                "Grado en Matemáticas, Universidad de Sevilla", "Spanish (native), English (C1)"),
                candidate(" Søren", "Østergaard", "soren.ostergaard@example.com", "+45 55 50 01 06", "DK")
                        .resume("soren_ostergaard.pdf").source("Career fair")
                        .mistake("First Name has a leading space (\" Søren\")")
                        .writes(SITE_RELIABILITY, 8, "Jyske Hosting", "Kattegat Telecom", "Aarhus, Denmark",
                                "Datamatiker, Business Academy Aarhus", "Danish (native), English (C2)"),
                candidate("Ödön", "Szabó", "odon.szabo@example.com", "+36 1 555 0107", "HU")
                        .resume("odon_szabo.pdf").linkedIn("linkedin.com/in/odon-szabo").source("Agency")
                        .writes(SENIOR_JAVA, 12, "Duna Fizetés", "Lánchíd Informatika", "Budapest, Hungary",
                                "MSc Computer Engineering, Budapest University of Technology and Economics",
                                "Hungarian (native), English (C1), German (B2)"),
                candidate("太郎", "山田", "taro.yamada@example.com", "090-5550-0108", "Japan")
                        .resume("taro_yamada.txt").source("Company website")
                        .writes(TECH_LEAD, 15, "Naniwa Logistics Systems", "Kansai Retail Tech", "Osaka, Japan",
                                "BEng Information Engineering, Osaka Prefectural College",
                                "日本語 (native), English (business)")
                        .shownAs("山田 太郎 (Taro Yamada)"),
                candidate("芳", "王", "wang.fang@example.org", "+86 21 5550 0109", "CN")
                        .resume("wang_fang.docx").linkedIn("https://www.linkedin.com/in/fang-wang-sh")
                        .source("Job board")
                        .writes(FRONTEND, 5, "Huangpu Travel", "Pearl Studio", "Shanghai, China",
                                "BSc Software Engineering, East China Institute of Technology",
                                "中文 (native), English (fluent)")
                        .shownAs("王芳 (Wang Fang)"),
                candidate("Дмитрий", "Смирнов", "dmitry.smirnov@example.com", "030 5550 0110", "Germany")
                        .resume("dmitry_smirnov.pdf").linkedIn("https://www.linkedin.com/in/dmitry-smirnov")
                        .source("Meetup \"Java Night\"")
                        .writes(KOTLIN_BACKEND, 7, "Spree Mobility", "Volga Systems", "Berlin, Germany",
                                "Specialist degree in Applied Mathematics, Kazan State University",
                                "Русский (native), Deutsch (C1), English (C1)")
                        .shownAs("Дмитрий Смирнов (Dmitry Smirnov)"),
                candidate("Νίκος", "Παπαδόπουλος", "nikos.papadopoulos@example.com", "+30 21 0555 0111", "GR")
                        .resume("nikos_papadopoulos.pdf").source("LinkedIn")
                        .writes(FINTECH_JAVA, 6, "Aegean Pay", "Plaka Digital", "Athens, Greece",
                                "Diploma in Electrical and Computer Engineering, National Technical University "
                                        + "of Athens",
                                "Ελληνικά (native), English (C2)")
                        .shownAs("Νίκος Παπαδόπουλος (Nikos Papadopoulos)"),
                candidate("ليلى", "حداد", "layla.haddad@example.org", "+961 1 555 0112", "LB")
                        .resume("layla_haddad.txt").source("Job board")
                        .writes(QA_AUTOMATION, 4, "Cedar Bank Digital", "Byblos Apps", "Beirut, Lebanon",
                                "BSc Computer Science, Lebanese University",
                                "العربية (native), English (fluent), French (fluent)")
                        .shownAs("ليلى حداد (Layla Haddad)"),
                candidate("प्रिया", "शर्मा", "priya.sharma@example.com", "+91 80 5550 0113", "IN")
                        .resume("priya_sharma.docx").linkedIn("https://www.linkedin.com/in/priya-sharma-blr")
                        .source("Agency")
                        .writes(PLATFORM_JAVA, 9, "Cubbon Cloud Services", "Deccan Fares", "Bengaluru, India",
                                "BTech Computer Science, Visvesvaraya Technological University",
                                "हिन्दी (native), English (fluent), Kannada (basic)")
                        .shownAs("प्रिया शर्मा (Priya Sharma)"),
                candidate("민준", "김", "minjun.kim@example.com", "010-5550-0114", "KR")
                        .resume("minjun_kim.txt").source("Referral")
                        .writes(SENIOR_JAVA, 10, "Hangang Pay", "Namsan Commerce", "Seoul, South Korea",
                                "BSc Computer Science and Engineering, Seoul City University",
                                "한국어 (native), English (fluent)")
                        .shownAs("김민준 (Kim Min-jun)"),
                candidate("Pedro", "Álvarez", "pedro.alvarez.example.com", "+52 33 5550 0115", "MX")
                        .resume("pedro_alvarez.pdf").source("Job board")
                        .mistake("Email has no @ (\"pedro.alvarez.example.com\"); the resume shows the right one")
                        .writes(FINTECH_JAVA, 8, "Tapatío Finanzas", "Jalisco Retail", "Guadalajara, Mexico",
                                "Ingeniería en Sistemas Computacionales, Universidad de Guadalajara",
                                "Spanish (native), English (C1)")
                        .contactEmail("pedro.alvarez@example.com"),
                candidate("Liam", "O'Connor", "liam.oconnor@example.org ", "+353 1 555 0116", "IE")
                        .resume("liam_oconnor.txt").linkedIn("https://www.linkedin.com/in/liam-oconnor")
                        .source("Career fair")
                        .mistake("Email has a trailing space (\"liam.oconnor@example.org \")")
                        .writes(PLATFORM_JAVA, 7, "Liffey Fares", "Shannon Data", "Dublin, Ireland",
                                "BSc Computer Science, Trinity College Dublin", "English (native), Irish (basic)"),
                candidate("Mei Ling", "Tan", "meiling.tan@example.com", "+65 5550 0117", "SG")
                        .resume("meiling_tan.pdf").linkedIn("https://www.linkedin.com/in/meiling-tan")
                        .source("LinkedIn")
                        .writes(TECH_LEAD, 13, "Straits Freight Tech", "Merlion Retail", "Singapore",
                                "BComp Computer Science, National University of Singapore",
                                "English (native), Mandarin (native), Malay (basic)"),
                candidate("Oluwaseun", "Adeyemi", "oluwaseun.adeyemi@example.com", "+234 1 555 0118", "NG")
                        .resume("oluwaseun_adeyemi.txt").source("Career fair")
                        .writes(JUNIOR_PYTHON, 2, "Lekki Market", "Ikeja Shop", "Lagos, Nigeria",
                                "Software Development Bootcamp, Yaba Code School",
                                "English (native), Yoruba (native)"),
                candidate("Chiara", "Bianchi", "chiara.bianchi@example.org", "+39 02 5550 0119", "IT")
                        .resume("chiara_bianchi.docx").source("Job board")
                        .writes(NURSE, 9, "Ospedale San Carlo", "Clinica Navigli", "Milano, Italy",
                                "Laurea in Infermieristica, Università degli Studi di Milano",
                                "Italian (native), English (B2)"),
                candidate("João", "Pereira", "joao.pereira@example.com", "+55 11 5550-0120", "BR")
                        .resume("joao_pereira.pdf").linkedIn("https://www.linkedin.com/in/joao-pereira-dev")
                        .source("LinkedIn")
                        .writes(KOTLIN_BACKEND, 5, "Paulista Delivery", "Ipiranga Sistemas", "São Paulo, Brazil",
                                "Bacharelado em Ciência da Computação, Universidade de São Paulo",
                                "Portuguese (native), English (C1), Spanish (B1)"),
                candidate("Ingrid", "Johansson", "ingrid.johansson@example.org", "", "SE")
                        .resume("ingrid_johansson.txt").source("Agency")
                        .writes(CLOUD_SALES, 10, "Molnkraft Consulting", "Västkust Office Supplies",
                                "Göteborg, Sweden", "BSc Business Administration, University of Gothenburg",
                                "Swedish (native), English (C2), Norwegian (good)"),
                candidate("Mehmet", "Yılmaz", "mehmet.yilmaz@example.com", "+90 212 555 01 22", "TR")
                        .resume("mehmet_yilmaz.pdf").linkedIn("https://www.linkedin.com/in/mehmet-yilmaz")
                        .source("Referral")
                        .writes(SENIOR_JAVA, 8, "Boğaziçi Ödeme", "Galata Yazılım", "İstanbul, Türkiye",
                                "BSc Computer Engineering, Istanbul Technical University",
                                "Turkish (native), English (C1)"),
                candidate("Aoife", "Ní Bhriain", "aoife.nibhriain@example.com", "091 555 0124", "IE")
                        .resume("aoife_ni_bhriain.txt").source("Career fair")
                        .writes(JAVA_GRADUATE, 2, "Corrib Software", "Claddagh Labs", "Galway, Ireland",
                                "BSc Computer Science, University of Galway", "English (native), Irish (fluent)"),
                candidate("", "", "", "", "").mistake("Completely blank row in the middle of the data"),
                candidate("Thị Lan", "Nguyễn", "lan.nguyen@example.com", "+84 28 5550 0126", "VN")
                        .resume("lan_nguyen.docx").source("Job board")
                        .writes(FINTECH_JAVA, 6, "Saigon Pay", "Mekong Soft", "Ho Chi Minh City, Vietnam",
                                "Kỹ sư Công nghệ Thông tin, Ho Chi Minh City University of Technology",
                                "Tiếng Việt (native), English (fluent)")
                        .shownAs("Nguyễn Thị Lan"),
                candidate("Kwame", "Mensah", "kwame.mensah@example.com", "+233 30 555 0127", "GH")
                        .resume("kwame_mensah.pdf").source("Job board")
                        .writes(WAREHOUSE_LEAD, 11, "Tema Port Distribution", "Accra Fresh Foods", "Accra, Ghana",
                                "Certificate in Supply Chain Management, Accra Technical Institute",
                                "English (native), Twi (native)"),
                candidate("Sofía", "Ramírez", "sofia.ramirez@example.org", "+54 11 5550-0128", "AR")
                        .resume("sofia_ramirez.txt").source("Company website")
                        .writes(PLATFORM_JAVA, 6, "Pampa Cloud", "Riachuelo Bank", "Buenos Aires, Argentina",
                                "Ingeniería en Informática, Universidad de Buenos Aires",
                                "Spanish (native), English (C1)"),
                candidate("Matthias", "Müller", "matthias.mueller@example.com", "089 5550 0129", "Germany")
                        .resume("matthias_mueller.pdf").linkedIn("https://www.linkedin.com/in/matthias-mueller")
                        .source("Referral")
                        .writes(TECH_LEAD, 16, "Isar Spedition IT", "Alpenhandel", "München, Germany",
                                "Diplom-Informatiker, Technische Universität München",
                                "German (native), English (C1), French (B1)"),
                candidate("Hannah", "Schmidt", "hannah.schmidt@example.com", "+43 1 555 0130", "AT")
                        .resume("hannah_schmidt.txt").source("Job board")
                        .writes(DATA_ENGINEER, 4, "Wiener Mobilität Data", "Prater Media", "Wien, Austria",
                                "MSc Data Science, Universität Wien", "German (native), English (C1)"),
                candidate("Björn", "Sigurðsson", "bjorn.sigurdsson@example.org", "+354 555 0131", "IS")
                        .resume("bjorn_sigurdsson.pdf").linkedIn("www.linkedin.com/in/bjorn-sigurdsson")
                        .source("LinkedIn")
                        .writes(SITE_RELIABILITY, 10, "Geysir Hosting", "Norðurljós Telecom", "Reykjavík, Iceland",
                                "BSc Computer Science, Reykjavík University",
                                "Icelandic (native), English (C2), Danish (B2)"),
                candidate("Anna", "Kowalska", "Anna.Kowalska@Example.com", "+48 12 555 0101", "PL")
                        .resume("anna_kowalska.pdf").linkedIn("https://www.linkedin.com/in/anna-kowalska")
                        .source("Career fair")
                        .mistake("Duplicate of row 2: same person, email in different case (\"Anna.Kowalska@Example"
                                + ".com\"), same resume file, different Source"),
                candidate("Ewa", "Nowak", "ewa.nowak@example.org", "+48 58 555 0133", "PL")
                        .resume("ewa_nowak.docx").source("Agency")
                        .writes(ACCOUNTANT, 12, "Motława Audyt", "Bałtyk Shipping", "Gdańsk, Poland",
                                "MA Finance and Accounting, University of Gdańsk", "Polish (native), English (B2)"),
                candidate("Carlos", "Mendoza", "carlos.mendoza@example.com", "+57 1 555 0134", "CO")
                        .resume("carlos_mendoza.pdf").linkedIn("https://www.linkedin.com/in/carlos-mendoza-co")
                        .source("LinkedIn")
                        .writes(FINTECH_JAVA, 9, "Monserrate Pagos", "Andes Retail", "Bogotá, Colombia",
                                "Ingeniería de Sistemas, Universidad Nacional de Colombia",
                                "Spanish (native), English (C1)"),
                candidate("Aiko", "Tanaka", "aiko.tanaka@example.org", "", "Japan")
                        .resume("aiko_tanaka.txt").source("Career fair")
                        .writes(FRONTEND, 3, "Shibuya Ticket", "Meguro Design", "Tokyo, Japan",
                                "BA Media Design, Tokyo College of Arts", "日本語 (native), English (intermediate)"),
                candidate("Fatima Zahra", "Benali", "fatimazahra.benali@example.com", "+212 5 22 55 01 36", "MA")
                        .resume("fatima_zahra_benali.pdf").source("Job board")
                        .writes(KOTLIN_BACKEND, 4, "Atlas Commerce", "Corniche Apps", "Casablanca, Morocco",
                                "Diplôme d'ingénieur d'État, École Mohammadia d'Ingénieurs",
                                "Arabic (native), French (fluent), English (C1)"),
                candidate("Emily", "Clarke", "emily.clarke@example.com", "447700900123", "GB")
                        .numericPhone().resume("emily_clarke.txt")
                        .linkedIn("https://www.linkedin.com/in/emily-clarke").source("Referral")
                        .writes(SENIOR_JAVA, 9, "Irwell Payments", "Pennine Insurance", "Manchester, United Kingdom",
                                "BSc Computer Science, University of Manchester", "English (native), French (B1)"),
                candidate("Jack", "Thompson", "jack.thompson@example.com", "61491570156", "AU")
                        .numericPhone().resume("jack_thompson.pdf").source("Job board")
                        .writes(WAREHOUSE_LEAD, 7, "Moreton Bay Freight", "Queensland Hardware", "Brisbane, Australia",
                                "Certificate IV in Warehousing Operations, Brisbane TAFE", "English (native)"),
                candidate("Amara", "Okafor", "amara.okafor@example.org", "+234 9 555 0139", "NG")
                        .resume("amara_okafor.docx").source("Company website")
                        .writes(QA_AUTOMATION, 6, "Zuma Bank", "Aso Apps", "Abuja, Nigeria",
                                "BSc Computer Science, University of Abuja", "English (native), Igbo (native)"),
                candidate("Sven", "Lindqvist", "sven.lindqvist@example.com", "+46 18 555 01 40", "SE")
                        .resume("sven_lindqvist.txt").source("Job board")
                        .writes(NURSE, 14, "Akademiska Hospital Uppsala", "Fyris Care Centre", "Uppsala, Sweden",
                                "BSc Nursing, Uppsala University", "Swedish (native), English (C1)"),
                candidate("Élodie", "Martin", "elodie.martin@example.org", "+33 2 55 50 01 41", "FR")
                        .resume("elodie_martin.pdf").linkedIn("https://www.linkedin.com/in/elodie-martin")
                        .source("Referral")
                        .writes(TECH_LEAD, 12, "Loire Colis", "Atlantique Distribution", "Nantes, France",
                                "Diplôme d'ingénieur, École Centrale de Nantes", "French (native), English (C1)"),
                candidate("Marta", "Sánchez", "marta.sanchez@example.com", "+34 91 555 0142", "ES")
                        .resume("marta_sanchez.pdf").source("Job board")
                        .mistake("Resume names marta_sanchez.pdf, which is not in resumes/"),
                candidate("Rafael", "Costa", "rafael.costa@example.com", "+351 21 555 0143", "PT")
                        .resume("rafael_costa.docx").linkedIn("https://www.linkedin.com/in/rafael-costa")
                        .source("LinkedIn")
                        .writes(PLATFORM_JAVA, 10, "Tejo Cloud", "Alfama Seguros", "Lisboa, Portugal",
                                "Mestrado em Engenharia Informática, Instituto Superior Técnico",
                                "Portuguese (native), English (C1)"),
                candidate("Hiroshi", "Sato", "hiroshi.sato@example.com", "+81 3 5550 0144", "JP")
                        .source("Career fair")
                        .mistake("Resume cell is empty and no file in resumes/ belongs to this person"),
                candidate("Noah", "Williams", "noah.williams@example.com", "(512) 555-0145", "US")
                        .resume("noah_williams.txt").linkedIn("linkedin.com/in/noahwilliams").source("Career fair")
                        .writes(JAVA_GRADUATE, 2, "Colorado River Software", "Lone Star Books", "Austin, USA",
                                "BS Computer Science, University of Texas at Austin", "English (native)"),
                candidate("Grace", "Lee", "grace.lee@example.org", "+1 206-555-0146", "US")
                        .resume("grace_lee.txt").linkedIn("https://www.linkedin.com/in/grace-lee-data")
                        .source("Referral")
                        .writes(DATA_ENGINEER, 7, "Puget Streams", "Rainier Outdoor", "Seattle, USA",
                                "BS Statistics, University of Washington", "English (native), Korean (good)"),
                candidate("David", "Cohen", "david.cohen@example.com", "+972 3 555 0147", "IL")
                        .resume("david_cohen.txt").source("Job board")
                        .writes(JUNIOR_PYTHON, 3, "Yarkon Analytics", "Carmel Shoes", "Tel Aviv, Israel",
                                "Full-stack Bootcamp, Jaffa Coding Academy", "Hebrew (native), English (fluent)"))
                .stream().map(Builder::build).toList();
    }

    private static Builder candidate(String firstName, String lastName, String email, String phone,
            String country) {
        return new Builder(firstName, lastName, email, phone, country);
    }

    private static final class Builder {

        private final String firstName;
        private final String lastName;
        private final String email;
        private final String phone;
        private final String country;
        private boolean phoneAsNumber;
        private String resume = "";
        private String linkedIn = "";
        private String source = "";
        private String mistake;
        private ResumePlan plan;

        private Builder(String firstName, String lastName, String email, String phone, String country) {
            this.firstName = firstName;
            this.lastName = lastName;
            this.email = email;
            this.phone = phone;
            this.country = country;
        }

        Builder numericPhone() {
            phoneAsNumber = true;
            return this;
        }

        Builder resume(String fileName) {
            resume = fileName;
            return this;
        }

        Builder linkedIn(String url) {
            linkedIn = url;
            return this;
        }

        Builder source(String text) {
            source = text;
            return this;
        }

        Builder mistake(String description) {
            mistake = description;
            return this;
        }

        Builder writes(ResumeProfile profile, int years, String employer, String previousEmployer, String city,
                String education, String languages) {
            String displayName = (firstName.strip() + " " + lastName.strip()).strip();
            plan = new ResumePlan(profile, years, employer, previousEmployer, city, education, languages,
                    displayName, email.strip());
            return this;
        }

        Builder shownAs(String displayName) {
            plan = new ResumePlan(plan.profile(), plan.years(), plan.employer(), plan.previousEmployer(),
                    plan.city(), plan.education(), plan.languages(), displayName, plan.contactEmail());
            return this;
        }

        Builder contactEmail(String address) {
            plan = new ResumePlan(plan.profile(), plan.years(), plan.employer(), plan.previousEmployer(),
                    plan.city(), plan.education(), plan.languages(), plan.displayName(), address);
            return this;
        }

        SampleCandidate build() {
            return new SampleCandidate(firstName, lastName, email, phone, phoneAsNumber, country, resume, linkedIn,
                    source, plan, mistake);
        }
    }
}
