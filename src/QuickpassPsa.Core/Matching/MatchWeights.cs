using System;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Fellegi-Sunter match weights: for each comparison, the level it reached contributes
    /// log2(m / u), where m is how often a true pair reaches that level and u how often two different
    /// people do. A candidate's weight is the sum over its comparisons (email, first name, last name,
    /// mobile). The m and u values are fixed from the labelled tuning corpus (bench calibrate; table and
    /// method in MatchWeights.md beside this file). The weight ranks candidates and explains them; it never
    /// links by itself: the status rules in <see cref="ContactMatcher"/> decide what may be Suggested.
    /// </summary>
    internal static class MatchWeights
    {
        // (m, u) per level, in the enums' order, from bench calibrate on the tuning corpus (10,000 accounts,
        // 7,930 true pairs, 400,000 random pairs; see MatchWeights.md). Two rules override the estimate: a
        // shared phone proves nothing (m = u, weight 0), and an exact name weighs at least what a folded one
        // does (it is a folded one, spelled the same).
        private static readonly (double M, double U)[] EmailTable =
        {
            (0.225451, 0.22280073), // None
            (0.000315, 0.77718927), // Conflicting
            (0.000063, 0.00000125), // AliasDomain
            (0.045821, 0.00000375), // NearMiss
            (0.095235, 0.00000375), // ExactAlias
            (0.633115, 0.00000125), // ExactPrimary
        };

        private static readonly (double M, double U)[] FirstTable =
        {
            (0.000063, 0.96856679), // Different
            (0.011785, 0.02194512), // Missing
            (0.007373, 0.00046878), // Initial
            (0.000063, 0.00131633), // JaroWinklerLow
            (0.000063, 0.00070129), // JaroWinklerHigh
            (0.033968, 0.00156135), // Nickname
            (0.039766, 0.00012876), // Folded
            (0.90692, 0.00531158),  // Exact
        };

        private static readonly (double M, double U)[] LastTable =
        {
            (0.025649, 0.96034627), // Different
            (0.013171, 0.03682855), // Missing
            (0.000063, 0.00000125), // Initial
            (0.000189, 0.00129633), // JaroWinklerLow
            (0.008004, 0.00021126), // JaroWinklerHigh
            (0.000063, 0.00000125), // Nickname (not used for last names)
            (0.040018, 0.00002875), // Folded
            (0.912843, 0.00128633), // Exact
        };

        private static readonly (double M, double U)[] PhoneTable =
        {
            (0.608232, 0.72584774), // Missing
            (0.021369, 0.27414725), // Different
            (1, 1),                 // Shared: proves nothing, by rule (estimate 0.02616, 0.00000375)
            (0.344239, 0.00000125), // Equal
        };

        private static readonly double[] Email = Log(EmailTable);
        private static readonly double[] First = ExactAtLeastFolded(Log(FirstTable));
        private static readonly double[] Last = ExactAtLeastFolded(Log(LastTable));
        private static readonly double[] Phone = Log(PhoneTable);

        public static double Of(EmailLevel level) => Email[(int)level];
        public static double Of(PhoneLevel level) => Phone[(int)level];
        public static double Of(NameLevel level, bool isFirst) => isFirst ? First[(int)level] : Last[(int)level];

        public static double Total(ComparisonVector vector) =>
            Of(vector.Email) + Of(vector.First, isFirst: true) + Of(vector.Last, isFirst: false) + Of(vector.Phone);

        // One read-only list of parts per combination of levels (at most 6 x 8 x 8 x 4 x 2), shared by every
        // candidate with those levels: the parts are plain immutable data, and a list per candidate was most
        // of the memory a hundred thousand results held once a report or Export-Csv had read them.
        private static readonly ValueList<MatchWeightPart>?[] SharedPartLists = new ValueList<MatchWeightPart>?[8 * 8 * 8 * 4 * 2];

        /// <summary>The parts of the weight of these levels, one shared list per combination.</summary>
        public static ValueList<MatchWeightPart> SharedParts(ComparisonVector vector)
        {
            var key = (((((int)vector.Email * 8) + (int)vector.First) * 8 + (int)vector.Last) * 4 + (int)vector.Phone) * 2 + (vector.Swapped ? 1 : 0);
            // Two threads may both make one the first time: equal lists, either may stay.
            return SharedPartLists[key] ??= ValueList<MatchWeightPart>.Own(Parts(vector));
        }

        /// <summary>The parts of the weight, as a reviewer reads them.</summary>
        public static MatchWeightPart[] Parts(ComparisonVector vector) => new[]
        {
            new MatchWeightPart("Email", vector.Email.ToString(), Round(Of(vector.Email))),
            new MatchWeightPart(vector.Swapped ? "FirstName~LastName" : "FirstName", vector.First.ToString(), Round(Of(vector.First, isFirst: true))),
            new MatchWeightPart(vector.Swapped ? "LastName~FirstName" : "LastName", vector.Last.ToString(), Round(Of(vector.Last, isFirst: false))),
            new MatchWeightPart("MobilePhone", vector.Phone.ToString(), Round(Of(vector.Phone))),
        };

        public static double Round(double weight) => Math.Round(weight, 1, MidpointRounding.AwayFromZero);

        private static double[] ExactAtLeastFolded(double[] weights)
        {
            weights[(int)NameLevel.Exact] = Math.Max(weights[(int)NameLevel.Exact], weights[(int)NameLevel.Folded]);
            return weights;
        }

        private static double[] Log((double M, double U)[] table)
        {
            var weights = new double[table.Length];
            for (var i = 0; i < table.Length; i++) weights[i] = Math.Log(table[i].M / table[i].U) / Math.Log(2);
            return weights;
        }
    }
}
