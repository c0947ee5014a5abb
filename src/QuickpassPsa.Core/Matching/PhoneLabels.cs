using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Words written beside a mobile number ("07700 900123 (dad)", "Handy: 0151 ...", "0412 345 678 (Büro)") and what they
    /// make of it. Only words that describe the person's own line keep it theirs; any other word ("(dad)", "(Vater)", "(old)",
    /// "{papá}", "(John Sr)") makes it a number the person carries but not as their own: never evidence for a link, always
    /// against one (ContactIndex.UnownedPhone). A relative's label the module has not learnt is the likelier reading of an
    /// unknown word than an own line's, and a link left to Review costs a click where a wrong one costs a reset password.
    /// </summary>
    internal static class PhoneLabels
    {
        // Words that describe the person's own line, in the languages MSP customers' staff write most.
        private static readonly HashSet<string> OwnLineWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "m", "c", "w", "mob", "mobile", "mobil", "mobiel", "mobiele", "mobilny", "movil", "móvil", "celular", "cel", "cell",
            "cellphone", "cellular", "handy", "natel", "gsm", "portable", "port", "tel", "tél", "telefon", "telefoon",
            "telephone", "téléphone", "telefono", "teléfono", "telefone", "phone", "ph", "no", "nr", "num", "number", "work",
            "business", "bus", "direct", "dir", "ddi", "did", "personal", "private", "privat", "privé", "prive", "privado",
            "new", "current", "primary", "preferred", "pref", "main", "own", "x", "ext", "extn", "extension", "whatsapp", "signal",
            "sms", "text", "hp", "handphone", "iphone", "android", "samsung", "blackberry", "company", "corporate", "corp",
            "perso", "persönlich", "personnel", "personnelle", "pro", "professionnel", "geschäftlich", "dienstlich", "firma",
            "zakelijk", "werk", "travail", "trabajo", "trabalho", "lavoro", "cellulare", "uk", "gb", "us", "usa", "ca", "au", "nz",
            "ie", "de", "fr", "nl", "be", "es", "it", "ch", "at", "se", "dk", "fi", "pl", "pt", "sg", "hk", "in", "za", "mx",
            "br", "jp", "cn", "eu", "intl", "international", "local", "mobilnummer", "handynummer", "mobiltelefon", "telefonnummer",
            "mobilní", "mobilni", "tlf", "tlfn", "puh", "matkapuhelin", "kom", "komórka", "komorka", "cep", "telemóvel", "telemovel",
            "mobiltlf", "mobilephone", "mobilenumber", "cellnumber", "büro", "buero", "ufficio", "bureau", "kantoor", "oficina",
            "escritório", "escritorio", "office", "priv", "dienst", "diensthandy", "firmenhandy", "geschäftshandy", "t", "line",
            "teams", "only", "texts", "germany", "deutschland", "france", "spain", "españa", "italy", "italia", "netherlands",
            "nederland", "belgium", "belgique", "switzerland", "schweiz", "suisse", "austria", "österreich", "ireland", "canada",
            "australia", "singapore", "india", "mexico", "méxico", "brasil", "brazil", "japan", "china", "england", "scotland", "wales",
        };

        /// <summary>
        /// A word beside the number does not describe the person's own line: "(dad)", "husband's", "(old)", "home", "(Vater)",
        /// "(thuis)", or a word the module does not know. "Mobile", "Cell", "M:", "Handy", "work", "personal", an extension and
        /// their like keep the number the person's.
        /// </summary>
        public static bool NotOwn(string value)
        {
            if (!HasLetter(value)) return false; // most numbers: no word at all, read without a split
            foreach (var word in Words(value))
            {
                if (!OwnLineWords.Contains(word)) return true;
            }
            return false;
        }

        private static bool HasLetter(string value)
        {
            foreach (var c in value)
            {
                if (char.IsLetter(c)) return true;
            }
            return false;
        }

        /// <summary>The runs of letters in the text ("Tel.", "M:", "(on-call)" give tel, m, oncall); a possessive "'s" is a word of its own.</summary>
        private static IEnumerable<string> Words(string value)
        {
            for (var i = 0; i < value.Length;)
            {
                if (!char.IsLetter(value[i]))
                {
                    i++;
                    continue;
                }
                var start = i;
                while (i < value.Length && (char.IsLetter(value[i]) || (value[i] == '-' && i + 1 < value.Length && char.IsLetter(value[i + 1])))) i++;
                yield return value.Substring(start, i - start).Replace("-", string.Empty);
            }
        }
    }
}
