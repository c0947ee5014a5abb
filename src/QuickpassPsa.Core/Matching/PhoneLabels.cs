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
            // a mobile, a phone and its number, in the languages MSP customers' staff write most
            "mob", "mobile", "mobil", "mobiel", "mobiele", "mobilny", "movil", "móvil", "celular", "cel", "cell", "cellphone",
            "cellular", "cellulare", "handy", "natel", "gsm", "portable", "port", "tel", "tél", "telefon", "telefoon", "telephone",
            "téléphone", "telefono", "teléfono", "telefone", "phone", "ph", "no", "nr", "num", "number", "mobilnummer",
            "handynummer", "mobiltelefon", "telefonnummer", "mobilní", "mobilni", "tlf", "tlfn", "puh", "matkapuhelin", "kom",
            "komórka", "komorka", "cep", "telemóvel", "telemovel", "mobiltlf", "mobilephone", "mobilenumber", "cellnumber", "hp",
            // Russian, Ukrainian and Greek: mob., mobile, cell, phone (round 53: "моб. 8-912-777-77-77" was read as someone else's)
            "моб", "мобильный", "мобільний", "сот", "сотовый", "тел", "телефон", "κιν", "κινητό", "κινητο", "τηλ",
            "handphone", "iphone", "android", "samsung", "blackberry", "whatsapp", "signal", "sms", "text", "texts", "only",
            // the person's own: personal, a work mobile given to them, the current or preferred one
            "personal", "private", "privat", "privé", "prive", "privado", "priv", "perso", "persönlich", "own", "new", "current",
            "primary", "preferred", "pref", "work", "diensthandy", "firmenhandy", "geschäftshandy",
            // an extension, in the languages switchboards are written in (round 57: each was read as someone else's number)
            "x", "ext", "extn", "extension", "durchwahl", "dw", "nst", "nebenstelle", "kl", "klapka", "poste", "ramal", "interno", "int",
            "wew", "mellék", "mellek", "anexo", "toestel", "lokal", "dahili", "доб", "доп", "вн", "内線", "分机", "分機", "内线",
            // a country code written out where it is no one's name
            "uk", "gb", "us", "usa", "nz", "au", "sg", "hk", "eu", "intl", "international",
        };

        // Letters that stand for a mobile before the number ("M: 07700 ...", "C: ...", "T: ..."); after it ("(m)", "(w)") they are as
        // often an address book's mother or wife.
        private static readonly HashSet<string> OwnLinePrefixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "m", "c", "t" };

        /// <summary>
        /// A word beside the number does not describe the person's own line: "(dad)", "husband's", "(old)", "home", "(Vater)",
        /// "(thuis)", or a word the module does not know. "Mobile", "Cell", "M:", "Handy", "work", "personal", an extension and
        /// their like keep the number the person's.
        /// </summary>
        public static bool NotOwn(string value)
        {
            if (!HasLetter(value)) return false; // most numbers: no word at all, read without a split
            var firstDigit = FirstDigit(value);
            foreach (var (word, at) in Words(value))
            {
                if (OwnLineWords.Contains(word) || (at < firstDigit && OwnLinePrefixes.Contains(word))) continue;
                return true;
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

        private static int FirstDigit(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] >= '0' && value[i] <= '9') return i;
            }
            return value.Length;
        }

        /// <summary>The runs of letters in the text, with where each starts ("Tel.", "M:", "(on-call)" give tel, m, oncall); a possessive "'s" is a word of its own.</summary>
        private static IEnumerable<(string Word, int At)> Words(string value)
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
                yield return (value.Substring(start, i - start).Replace("-", string.Empty), start);
            }
        }
    }
}
