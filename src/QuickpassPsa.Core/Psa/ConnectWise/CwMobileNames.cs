using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// The one place that decides which communication type names mean a mobile phone, and which an email type.
    /// Setup tables are named by each MSP, and not always in English. Reading contacts (Get-PsaContact, matching,
    /// Update-PsaContact), New-PsaContact's fallback and the setup-table rules (Test- and Repair-CwCommunicationType)
    /// all ask here, so a type one of them reads as a mobile is one the others read so too.
    /// A name counts when one of its words (letters, accents included, compared ignoring case) is in the list:
    /// <list type="bullet">
    /// <item>Mobile: Mobile, Cell, Cellular, Handy, Mobil, Mobiel, Móvil, Movil, Celular, Portable, Cellulaire, Cellulare,
    /// Telemóvel, Telemovel, GSM, Natel, Mobiltelefon, Mobiltelefoon, Komórka, Komorka, Matkapuhelin, Cellphone, Mobilephone;
    /// or a word that begins with "mobile" or "cell" (Mobiles, Cellphone).</item>
    /// <item>Email: Email, Mail, E-mail (and E-Mail, Courriel, Correo).</item>
    /// </list>
    /// </summary>
    internal static class CwMobileNames
    {
        /// <summary>Words that mean a mobile phone, in the languages MSPs name their setup tables in.</summary>
        internal static readonly string[] MobileWords =
        {
            "Mobile", "Cell", "Cellular", "Cellphone", "Mobilephone",
            "Handy", "Mobil", "Mobiel", "Móvil", "Movil", "Celular", "Portable", "Cellulaire", "Cellulare",
            "Telemóvel", "Telemovel", "GSM", "Natel", "Mobiltelefon", "Mobiltelefoon", "Komórka", "Komorka", "Matkapuhelin",
        };

        /// <summary>Words that mean an email type ("E-mail" is read as one word).</summary>
        internal static readonly string[] EmailWords = { "Email", "E-mail", "Mail", "Courriel", "Correo" };

        private static readonly Regex Words = new Regex(@"\p{L}+(?:-\p{L}+)*", RegexOptions.CultureInvariant);

        /// <summary>Trimmed and ignoring case: how a name the user typed (-EmailType, -MobileType) is looked up.</summary>
        public static bool IsExactly(string? name, string wanted) =>
            name != null && string.Equals(name.Trim(), wanted, StringComparison.OrdinalIgnoreCase);

        /// <summary>Exactly the name, as Quickpass and integrations look it up: no stray space, the same case.</summary>
        public static bool IsExact(string? name, string wanted) => string.Equals(name, wanted, StringComparison.Ordinal);

        public static bool LooksLikeMobile(string? name) =>
            WordsOf(name).Any(w => MobileWords.Any(m => m.Equals(w, StringComparison.OrdinalIgnoreCase)) ||
                                   w.StartsWith("mobile", StringComparison.OrdinalIgnoreCase) ||
                                   w.StartsWith("cell", StringComparison.OrdinalIgnoreCase));

        public static bool LooksLikeEmail(string? name) =>
            WordsOf(name).Any(w => EmailWords.Any(e => e.Equals(w, StringComparison.OrdinalIgnoreCase)));

        /// <summary>The words of a name; a hyphenated word is given whole and in its parts ("E-mail", "E", "mail").</summary>
        private static string[] WordsOf(string? name)
        {
            if (string.IsNullOrWhiteSpace(name)) return Array.Empty<string>();
            return Words.Matches(name!).Cast<Match>().SelectMany(m => new[] { m.Value }.Concat(m.Value.Split('-'))).Distinct().ToArray();
        }
    }
}
