using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// The common Vietnamese family names, folded (Nguyễn: nguyen). After one of them, Văn, Vân and Lê are given or middle
    /// names ("Nguyen Van An", "Hong Van" | "Tran"), not the Dutch or French particles van and le that start a surname
    /// (round 48: "Nguyen Van An" was read as Nguyen | Van An and found no An Nguyen; Hong Van | Tran linked Hong | Van Tran).
    /// </summary>
    internal static class VietnameseFamilyNames
    {
        private static readonly HashSet<string> Names = new HashSet<string>(StringComparer.Ordinal)
        {
            "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly",
            "truong", "dinh", "lam", "mai", "trinh", "doan", "luong", "cao", "ta", "ha", "luu", "vuong", "thai", "chau", "quach",
            "tang", "kieu", "dao", "lai", "trieu", "ton", "tong", "khuc", "quan", "hua", "giang", "diep", "mac", "lu",
        };

        /// <summary>The text, folded, is a common Vietnamese family name.</summary>
        public static bool Contains(string? text) => text != null && Names.Contains(NameNormalizer.Compact(text));

        /// <summary>A particle that is also a Vietnamese given or middle name (Văn, Vân, Lê).</summary>
        public static bool IsAlsoAGivenName(string particle)
        {
            var folded = NameNormalizer.Compact(particle.TrimEnd('.'));
            return folded == "van" || folded == "le";
        }
    }
}
