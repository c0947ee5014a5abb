using System;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// Which communication type names mean a mobile phone. Setup tables are named by each MSP: "Mobile",
    /// "Cell", "Cell Phone", "Mobile Phone", "Cellular"; compared trimmed and ignoring case.
    /// </summary>
    internal static class CwMobileNames
    {
        private static readonly string[] Exact = { "Mobile", "Cell", "Cell Phone", "Mobile Phone", "Cellular" };

        public static bool IsExactly(string? name, string wanted) =>
            name != null && string.Equals(name.Trim(), wanted, StringComparison.OrdinalIgnoreCase);

        public static bool LooksLikeMobile(string? name)
        {
            if (string.IsNullOrWhiteSpace(name)) return false;
            var trimmed = name!.Trim();
            foreach (var exact in Exact)
            {
                if (trimmed.Equals(exact, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return trimmed.IndexOf("mobile", StringComparison.OrdinalIgnoreCase) >= 0 ||
                   trimmed.StartsWith("cell", StringComparison.OrdinalIgnoreCase);
        }
    }
}
