using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching.Companies
{
    /// <summary>
    /// Matches Quickpass customer names to PSA companies. Companies are indexed once by their exact (trimmed, case
    /// ignored) name and by their normalised key, so each customer costs two hash lookups; only a customer with neither
    /// is compared with every company for a near spelling. Evidence order: exact spelling → Suggested ★★★; same
    /// normalised name → Suggested ★★, unless the two names carry two different legal forms (Ltd and Inc: sister
    /// companies) → Review; near spelling, or the customer's words at the start of the company's → Review ★; equally
    /// good companies → Ambiguous; nothing → Unmatched. An inactive company whose name is a better match than every
    /// active one, or a company a person excluded that was as good as the one left, makes the result Review. One
    /// customer to one company, as <see cref="ContactMatcher"/> settles contacts: the strongest claim keeps the
    /// company, weaker claims become Review, equal claims at the top all become Ambiguous. Customer-to-company links
    /// decide which contacts a customer's accounts are matched against, so weak evidence is left to a person.
    /// </summary>
    public sealed class CompanyMatcher
    {
        private const int MaxCandidates = 10;
        private const int ExactScore = 100;
        private const int NormalizedScore = 90;
        private const int FuzzyScale = 80;

        /// <summary>The same letters split into other words: below every normalised match, above every near spelling.</summary>
        private const int SplitScore = 85;

        private readonly CompanyMatchOptions _options;
        private readonly List<Indexed> _companies = new List<Indexed>();

        /// <summary>Every company by id, inactive ones too: a stored link names its company whatever its state.</summary>
        private readonly Dictionary<string, Indexed> _byId = new Dictionary<string, Indexed>(StringComparer.OrdinalIgnoreCase);
        // Case ignored: "ACME" and "Acme" are one spelling (the decision store and the contact flow compare customers so too).
        private readonly Dictionary<string, List<Indexed>> _byName = new Dictionary<string, List<Indexed>>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, List<Indexed>> _byKey = new Dictionary<string, List<Indexed>>(StringComparer.Ordinal);

        /// <summary>Inactive companies left out of the candidates (without IncludeInactive), by name and key: one that is a better match than every active company still stops a link.</summary>
        private readonly Dictionary<string, List<Indexed>> _inactiveByName = new Dictionary<string, List<Indexed>>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, List<Indexed>> _inactiveByKey = new Dictionary<string, List<Indexed>>(StringComparer.Ordinal);

        public CompanyMatcher(IEnumerable<PsaCompany> companies, CompanyMatchOptions? options = null)
        {
            if (companies == null) throw new ArgumentNullException(nameof(companies));
            _options = options ?? new CompanyMatchOptions();
            var order = 0;
            foreach (var company in companies)
            {
                if (company == null) continue;
                var indexed = new Indexed(company, order++);
                if (!string.IsNullOrWhiteSpace(company.Id) && !_byId.ContainsKey(company.Id.Trim())) _byId.Add(company.Id.Trim(), indexed);
                if (!company.Active && !_options.IncludeInactive)
                {
                    Add(_inactiveByName, indexed.Name, indexed);
                    if (indexed.Key.Length > 0) Add(_inactiveByKey, indexed.Key, indexed);
                    continue;
                }
                _companies.Add(indexed);
                Add(_byName, indexed.Name, indexed);
                if (indexed.Key.Length > 0) Add(_byKey, indexed.Key, indexed);
            }
        }

        /// <summary>
        /// One result per distinct customer name (trimmed, case ignored: "ACME" and "Acme" are one customer, as the decision
        /// store and Find-PsaContactMatch read them; the first spelling is shown), in input order. <paramref name="accountCounts"/> gives the accounts per customer name, when the input was accounts.
        /// Stored <paramref name="decisions"/> come first: a confirmed link whose company exists makes the customer
        /// Matched and claims the company (no other customer is Suggested it); an exclusion removes the company from
        /// that customer's candidates. A confirmed link of a customer that is not in this input claims its company all the
        /// same (matching one export file per customer must not hand another customer's company on). A link to a company
        /// that is gone is ignored (see <see cref="LinksToMissingCompanies"/>).
        /// </summary>
        public IReadOnlyList<CompanyMatch> Match(IEnumerable<string> customers, IReadOnlyDictionary<string, int>? accountCounts = null,
            IReadOnlyList<CompanyMatchDecision>? decisions = null)
        {
            if (customers == null) throw new ArgumentNullException(nameof(customers));
            decisions ??= Array.Empty<CompanyMatchDecision>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var counts = Fold(accountCounts);
            var outcomes = new List<Outcome>();
            foreach (var raw in customers)
            {
                var name = raw?.Trim();
                if (string.IsNullOrEmpty(name) || !seen.Add(name!)) continue;
                var outcome = new Outcome(name!, outcomes.Count);
                if (counts != null && counts.TryGetValue(name!, out var count)) outcome.AccountCount = count;
                var mine = decisions.Where(d => d != null && CompanyMatchDecision.SameCustomer(d.Customer, name)).ToList();
                if (!Linked(outcome, mine)) Decide(outcome, Excluded(mine));
                outcomes.Add(outcome);
            }
            // Companies that stored links give to customers not in this input.
            var linkedElsewhere = new HashSet<Indexed>(decisions
                .Where(d => d != null && d.DecisionKind == MatchDecisionKind.Confirmed && !seen.Contains(d.Customer?.Trim() ?? string.Empty) && Holds(d))
                .Select(d => _byId[d.CompanyId.Trim()]));
            EnforceOneToOne(outcomes, linkedElsewhere);
            return outcomes.Select(o => o.ToMatch()).ToList();
        }

        /// <summary>The accounts per customer, spellings that differ only in case added together.</summary>
        private static Dictionary<string, int>? Fold(IReadOnlyDictionary<string, int>? accountCounts)
        {
            if (accountCounts == null) return null;
            var folded = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in accountCounts)
            {
                var name = pair.Key?.Trim();
                if (string.IsNullOrEmpty(name)) continue;
                folded.TryGetValue(name!, out var sum);
                folded[name!] = sum + pair.Value;
            }
            return folded;
        }

        /// <summary>The confirmed links among <paramref name="decisions"/> whose company is not in the list the matcher was given.</summary>
        public IReadOnlyList<CompanyMatchDecision> LinksToMissingCompanies(IEnumerable<CompanyMatchDecision> decisions) =>
            decisions.Where(d => d != null && d.DecisionKind == MatchDecisionKind.Confirmed && !_byId.ContainsKey(d.CompanyId.Trim())).ToList();

        /// <summary>
        /// The confirmed links among <paramref name="decisions"/> whose company id names another company now than the one linked
        /// (<see cref="CompanyLinkNames"/>: a store copied from the other PSA or another site, a link saved from a row of the other
        /// PSA, a company record reused), each with the company the id names now. <see cref="Match"/> passes them over.
        /// </summary>
        public IReadOnlyList<(CompanyMatchDecision Link, PsaCompany Company)> LinksToOtherCompanies(IEnumerable<CompanyMatchDecision> decisions) =>
            decisions.Where(d => d != null && d.DecisionKind == MatchDecisionKind.Confirmed && _byId.TryGetValue(d.CompanyId.Trim(), out var c) &&
                                 CompanyLinkNames.NamesAnother(d.CompanyName, c.Company.Name))
                .Select(d => (d, _byId[d.CompanyId.Trim()].Company)).ToList();

        /// <summary>The link names a company that exists and is still the company linked (not a reused or another PSA's id).</summary>
        private bool Holds(CompanyMatchDecision link) =>
            _byId.TryGetValue(link.CompanyId.Trim(), out var company) && !CompanyLinkNames.NamesAnother(link.CompanyName, company.Company.Name);

        /// <summary>Applies the customer's confirmed link, when it names a company that exists and is still the one linked: Matched, no stars (a person decided).</summary>
        private bool Linked(Outcome outcome, IReadOnlyList<CompanyMatchDecision> decisions)
        {
            var link = decisions.FirstOrDefault(d => d.DecisionKind == MatchDecisionKind.Confirmed && Holds(d));
            if (link == null) return false;
            var company = _byId[link.CompanyId.Trim()];
            outcome.Candidates = new List<CompanyCandidate> { new CompanyCandidate(company.Company, ExactScore, CompanyMatchReason.StoredDecision) };
            outcome.Set(MatchStatus.Matched, 0, company, CompanyMatchReason.StoredDecision);
            return true;
        }

        private static HashSet<string> Excluded(IEnumerable<CompanyMatchDecision> decisions) =>
            new HashSet<string>(decisions.Where(d => d.DecisionKind == MatchDecisionKind.Excluded).Select(d => d.CompanyId.Trim()), StringComparer.OrdinalIgnoreCase);

        private void Decide(Outcome outcome, HashSet<string> excluded)
        {
            var candidates = Evidence(outcome.Customer, _byName, _byKey);
            var excludedScore = Best(candidates.Where(c => IsExcluded(c, excluded)));
            candidates.RemoveAll(c => IsExcluded(c, excluded));
            var branches = new List<Scored>();
            if (candidates.Count == 0)
            {
                var fuzzy = Fuzzy(outcome.Customer);
                excludedScore = Math.Max(excludedScore, Best(fuzzy.Where(c => IsExcluded(c, excluded))));
                candidates = fuzzy.Where(c => !IsExcluded(c, excluded)).ToList();
            }
            else
            {
                // Beside a same-name company: the ones whose names begin with the customer's words, listed for the reviewer
                // ("Contoso Pharmaceuticals (USA) Inc" beside "Contoso Pharmaceuticals Ltd").
                branches = Branches(outcome.Customer).Where(c => !IsExcluded(c, excluded) && !candidates.Any(k => k.Company == c.Company)).ToList();
            }
            candidates = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Company.Order).ToList();

            // Inactive companies left out (no IncludeInactive) that match at least as well as the best active one, or at all
            // when no active company comes close (by name, or the same words folded: never a near spelling).
            var hidden = Evidence(outcome.Customer, _inactiveByName, _inactiveByKey)
                .Where(c => !IsExcluded(c, excluded) && (candidates.Count == 0 || c.Score >= candidates[0].Score))
                .OrderByDescending(c => c.Score).ThenBy(c => c.Company.Order).ToList();
            outcome.Candidates = hidden.Concat(candidates).Concat(branches).Take(MaxCandidates).Select(c => new CompanyCandidate(c.Company.Company, c.Score, c.Reason)).ToList();

            // An inactive company that matches better than every active one: "Adventure Works Ltd", inactive, beside an active
            // "Adventure Works Inc"; or the customer's own name on an inactive company and no active one near it ("Tailspin
            // Toys", deactivated when the contract lapsed, or an old record of a customer now under a new name). It comes first,
            // for a person to decide, as the page has always said (round 60b: with no active candidate the customer was
            // Unmatched and the inactive company not listed, so nothing told the admin why, and a new company could be made).
            if (hidden.Count > 0 && (candidates.Count == 0 || hidden[0].Score > candidates[0].Score))
            {
                var inactive = hidden[0];
                outcome.Score = inactive.Score;
                outcome.Set(MatchStatus.Review, 1, inactive.Company, inactive.Reason, CompanyMatchReason.InactiveCompany);
                return;
            }

            if (candidates.Count == 0)
            {
                outcome.Set(MatchStatus.Unmatched, 0, null, CompanyMatchReason.None);
                return;
            }

            // The best level only; active companies win over inactive ones of the same name (an old record kept beside the live one).
            var top = candidates.Where(c => c.Score == candidates[0].Score).ToList();
            var active = top.Where(c => c.Company.Company.Active).ToList();
            var pool = active.Count > 0 ? active : top;
            // Of folded matches, the ones under the customer's own legal form ("Contoso Limited": Contoso Ltd, not Contoso Inc).
            var form = CompanyNameNormalizer.LegalForm(outcome.Customer);
            if (pool.Count > 1 && form.Length > 0 && pool[0].Reason == CompanyMatchReason.CompanyNormalized)
            {
                var ownForm = pool.Where(c => c.Company.Form == form).ToList();
                if (ownForm.Count > 0) pool = ownForm;
            }
            // An exact spelling beside an active record that differs only in punctuation, spacing, accents or "&"/"and", under
            // the same legal form ("Contoso Ltd" and "Contoso Ltd."): a duplicated record, as two spellings differing only in case.
            if (pool.Count == 1 && pool[0].Reason == CompanyMatchReason.CompanyExact &&
                candidates.Any(c => c.Reason == CompanyMatchReason.CompanyNormalized && c.Company.Company.Active && c.Company.Key == pool[0].Company.Key &&
                                    c.Company.Form == pool[0].Company.Form))
            {
                outcome.Set(MatchStatus.Ambiguous, 0, null, CompanyMatchReason.CompanyExact, CompanyMatchReason.SharedName);
                return;
            }
            var best = pool[0];
            if (pool.Count > 1)
            {
                outcome.Set(MatchStatus.Ambiguous, 0, null, best.Reason, CompanyMatchReason.SharedName);
                return;
            }
            outcome.Score = best.Score;
            // An old record wins nothing, but an inactive company as good under another legal form is a sister, not an old
            // record: "Contoso Inc" active and "Contoso Ltd" inactive, for the customer "Contoso".
            var inactiveSister = best.Company.Company.Active &&
                top.Concat(hidden).Any(c => !c.Company.Company.Active && c.Company.Form != best.Company.Form);
            if (!best.Company.Company.Active) outcome.Set(MatchStatus.Review, 1, best.Company, best.Reason, CompanyMatchReason.InactiveCompany);
            else if (inactiveSister) outcome.Set(MatchStatus.Review, 1, best.Company, best.Reason, CompanyMatchReason.SharedName);
            // "Litware Ltd" excluded beside "Litware Inc": a person said "not that one", not "so the other".
            else if (excludedScore >= best.Score && best.Reason != CompanyMatchReason.CompanyFuzzy) outcome.Set(MatchStatus.Review, 1, best.Company, best.Reason, CompanyMatchReason.NamesakeExcluded);
            else if (best.Reason == CompanyMatchReason.CompanyExact) outcome.Set(MatchStatus.Suggested, 3, best.Company, best.Reason);
            else if (best.Reason == CompanyMatchReason.CompanyNormalized && CompanyNameNormalizer.LegalFormsDiffer(outcome.Customer, best.Company.Name))
            {
                outcome.Set(MatchStatus.Review, 1, best.Company, best.Reason, CompanyMatchReason.OtherLegalForm);
            }
            else if (best.Reason == CompanyMatchReason.CompanyNormalized && branches.Any(b => NamesAnEntityOfItsOwn(outcome.Customer, b.Company)))
            {
                outcome.Set(MatchStatus.Review, 1, best.Company, best.Reason, CompanyMatchReason.SisterCompany);
            }
            else if (best.Reason == CompanyMatchReason.CompanyNormalized) outcome.Set(MatchStatus.Suggested, 2, best.Company, best.Reason);
            else outcome.Set(MatchStatus.Review, 1, best.Company, best.Reason);
        }

        /// <summary>
        /// The companies of the same spelling (case ignored) and of the same normalised name, scored. A normalised name
        /// that only agrees once spaces are dropped ("Ken Ward Electrical" and "Kenward Electrical", "Kids Exchange" and
        /// "Kid Sex Change") splits into other words: a near spelling, for a person to confirm.
        /// </summary>
        private static List<Scored> Evidence(string customer, Dictionary<string, List<Indexed>> byName, Dictionary<string, List<Indexed>> byKey)
        {
            var exact = Lookup(byName, customer);
            var words = CompanyNameNormalizer.Normalize(customer);
            var normalized = Lookup(byKey, CompanyNameNormalizer.Key(customer)).Where(c => !exact.Contains(c));
            return exact.Select(c => new Scored(c, ExactScore, CompanyMatchReason.CompanyExact))
                // Hưng and Hùng fold alike, and are two names when both are written with their marks.
                .Concat(normalized.Select(c => c.Normalized == words && !NameMarks.Differ(customer, c.Name)
                    ? new Scored(c, NormalizedScore, CompanyMatchReason.CompanyNormalized)
                    : new Scored(c, SplitScore, CompanyMatchReason.CompanyFuzzy)))
                .ToList();
        }

        /// <summary>Active companies whose names begin with the customer's words (<see cref="WordsBegin"/>), scored as near spellings.</summary>
        private List<Scored> Branches(string customer)
        {
            var tokens = CompanyNameNormalizer.Tokens(customer);
            var found = new List<Scored>();
            if (tokens.Count == 0 || CompanyNameNormalizer.Key(customer).Length == 0) return found;
            var normalized = string.Join(" ", tokens);
            foreach (var company in _companies)
            {
                if (company.Key.Length > 0 && company.Tokens.Count > tokens.Count && WordsBegin(tokens, company.Tokens))
                {
                    // As in Fuzzy: a group word the customer's short name leaves out ranks above a sister's own word.
                    var score = AddsOnlyGroupWords(tokens.Count, company) ? FuzzyScale : (int)Math.Round(Similarity.JaroWinkler(normalized, company.Normalized) * FuzzyScale);
                    found.Add(new Scored(company, score, CompanyMatchReason.CompanyFuzzy));
                }
            }
            return found;
        }

        // Words a customer's short name often leaves out of its own company's ("Brightwater Dental" for "Brightwater Dental Group").
        private static readonly HashSet<string> GroupWords = new HashSet<string>(StringComparer.Ordinal) { "group", "holdings", "holding", "companies", "enterprises" };

        private static bool AddsOnlyGroupWords(int customerWords, Indexed company)
        {
            for (var i = customerWords; i < company.Tokens.Count; i++)
            {
                if (!GroupWords.Contains(company.Tokens[i])) return false;
            }
            return true;
        }

        // Words after a company's name that make it an organisation of its own: a country, a region, a state or a city
        // ("Contoso (USA) Inc", "Contoso Schweiz AG", "Contoso Texas LLC"; folded, so "España" is "espana"), a foundation
        // or a trust, a partnership or a services company ("Contoso Foundation", "Contoso Services Ltd").
        private static readonly HashSet<string> OwnEntityWords = new HashSet<string>(
            ("usa us uk gb america americas canada mexico brasil brazil argentina chile colombia peru australia aus au nz zealand ireland " +
             "europe eu emea apac asia pacific international intl global worldwide germany deutschland france spain espana italy italia " +
             "netherlands nederland holland belgium belgique belgie benelux luxembourg switzerland schweiz suisse svizzera austria osterreich " +
             "nordic nordics scandinavia sweden sverige norway norge denmark danmark finland suomi iceland poland polska czech slovakia hungary " +
             "romania bulgaria greece portugal turkey israel uae dubai qatar saudi egypt india pakistan bangladesh china japan nippon singapore " +
             "hong kong hk korea taiwan thailand vietnam malaysia indonesia philippines africa sa za nigeria kenya middle east " +
             "scotland wales england britain cymru ulster northern north south east west central " +
             "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas " +
             "kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey " +
             "mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia washington wisconsin wyoming " +
             "ontario quebec alberta columbia manitoba saskatchewan scotia brunswick newfoundland queensland victoria tasmania nsw qld wa vic tas act nt " +
             "london paris berlin munich frankfurt hamburg madrid barcelona rome milan amsterdam brussels vienna zurich geneva dublin edinburgh glasgow " +
             "manchester birmingham sydney melbourne brisbane perth adelaide auckland wellington toronto vancouver montreal calgary chicago boston " +
             "dallas houston atlanta seattle denver miami tokyo osaka shanghai beijing seoul mumbai delhi bangalore " +
             "日本 中国 香港 台湾 한국 " +
             "sg ie dach anz latam mena gulf midwest socal norcal nyc la sf bay area apj emeia iberia balkans baltics caribbean " +
             "foundation trust charity charitable stiftung fondation fundacion fundacao cooperative coop association associates society partners " +
             "partnership services fund pension scheme ii iii iv v vi two three four five").Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries),
            StringComparer.Ordinal);

        /// <summary>
        /// The company's name is the customer's words and more, and what it adds names a legal person of its own: a legal
        /// form ("Contoso Pharmaceuticals, Inc. - USA"), a country, region or city ("Contoso Pharmaceuticals (USA) Inc"), an
        /// organisation's kind ("Contoso Foundation") or a number ("Contoso 2 Ltd").
        /// </summary>
        private static bool NamesAnEntityOfItsOwn(string customer, Indexed company)
        {
            var count = CompanyNameNormalizer.Tokens(customer).Count;
            for (var i = count; i < company.Tokens.Count; i++)
            {
                var word = company.Tokens[i];
                if (CompanyNameNormalizer.IsLegalFormWord(word) || OwnEntityWords.Contains(word) || word.All(char.IsDigit)) return true;
            }
            return false;
        }

        private static bool IsExcluded(Scored candidate, HashSet<string> excluded) =>
            excluded.Count > 0 && excluded.Contains(candidate.Company.Company.Id?.Trim() ?? string.Empty);

        private static int Best(IEnumerable<Scored> candidates) => candidates.Select(c => c.Score).DefaultIfEmpty(-1).Max();

        /// <summary>
        /// Near spellings of the normalised name: Jaro-Winkler at or above the threshold, or the same words but one
        /// that differs by a single edit ("Contosso" for "Contoso"); and names whose words begin with all of the other's
        /// ("Jim's Plumbing" and "Jim's Plumbing Sydney", "Northwind" and "Northwind Holdings"), unless the longer one
        /// marks a record not to use ("Acme Ltd (old)"). Scored below every normalised match.
        /// </summary>
        private List<Scored> Fuzzy(string customer)
        {
            var found = new List<Scored>();
            var tokens = CompanyNameNormalizer.Tokens(customer);
            // A name that is only a legal form ("Co.") is near every other such name, and names no company.
            if (tokens.Count == 0 || CompanyNameNormalizer.Key(customer).Length == 0) return found;
            var normalized = string.Join(" ", tokens);
            foreach (var company in _companies)
            {
                if (company.Key.Length == 0) continue;
                var similarity = Similarity.JaroWinkler(normalized, company.Normalized);
                if (similarity >= _options.FuzzyThreshold || OneTokenTypo(tokens, company.Tokens) || WordsBegin(tokens, company.Tokens))
                {
                    // The customer's words and a group word left out ("Brightwater Dental" and "Brightwater Dental Group, LLC") rank
                    // above a sister's own word, nearer by letters ("Brightwater Dental Lab"; round 78a ranked the lab first).
                    var score = company.Tokens.Count > tokens.Count && WordsBegin(tokens, company.Tokens) && AddsOnlyGroupWords(tokens.Count, company)
                        ? FuzzyScale
                        : (int)Math.Round(similarity * FuzzyScale);
                    found.Add(new Scored(company, score, CompanyMatchReason.CompanyFuzzy));
                }
            }
            return found;
        }

        // Words after a company's name that mark a record kept but not used: never a candidate by its first words.
        private static readonly HashSet<string> NotInUse = new HashSet<string>(StringComparer.Ordinal)
        {
            "old", "former", "closed", "inactive", "deleted", "duplicate", "dup", "dnu", "test", "archived", "archive", "do", "not", "use", "zz",
        };

        /// <summary>
        /// The shorter list of words begins the longer, which adds at most three words, none of them a mark of a record
        /// not in use: a branch, a group or a holding company of the same name, for a person to confirm.
        /// </summary>
        private static bool WordsBegin(IReadOnlyList<string> a, IReadOnlyList<string> b)
        {
            var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
            if (shorter.Count == 0 || shorter.Count == longer.Count || longer.Count - shorter.Count > 3) return false;
            // One short word ("AB", "IT") begins too many names to mean anything.
            if (shorter.Count == 1 && shorter[0].Length < 4) return false;
            for (var i = 0; i < shorter.Count; i++)
            {
                if (shorter[i] != longer[i]) return false;
            }
            for (var i = shorter.Count; i < longer.Count; i++)
            {
                if (NotInUse.Contains(longer[i])) return false;
            }
            return true;
        }

        /// <summary>The same number of words, all equal but one, and that one a single edit apart (words of four letters or more: "Acme"/"Acne" are two companies less often than a typo).</summary>
        internal static bool OneTokenTypo(IReadOnlyList<string> a, IReadOnlyList<string> b)
        {
            if (a.Count != b.Count) return false;
            var differing = -1;
            for (var i = 0; i < a.Count; i++)
            {
                if (a[i] == b[i]) continue;
                if (differing >= 0) return false;
                differing = i;
            }
            if (differing < 0) return false;
            var x = a[differing];
            var y = b[differing];
            return Math.Min(x.Length, y.Length) >= 4 && !IsNumber(x) && !IsNumber(y) && Similarity.DamerauLevenshtein(x, y) == 1;
        }

        /// <summary>"Branch 1" and "Branch 2" differ by one edit and are two companies.</summary>
        private static bool IsNumber(string word) => word.All(char.IsDigit);

        /// <summary>
        /// A company may be Suggested for one customer only, and never when a stored link gives it to another
        /// customer (that claim becomes Review). Otherwise the strongest claim keeps it (stars, then score); weaker
        /// claims become Review; equal claims at the top all become Ambiguous.
        /// </summary>
        private static void EnforceOneToOne(List<Outcome> outcomes, HashSet<Indexed> linkedElsewhere)
        {
            var linked = new HashSet<Indexed>(outcomes.Where(o => o.Status == MatchStatus.Matched).Select(o => o.Company!));
            linked.UnionWith(linkedElsewhere);
            foreach (var claim in outcomes.Where(o => o.Status == MatchStatus.Suggested && linked.Contains(o.Company!))) claim.Downgrade(MatchStatus.Review);
            foreach (var claims in outcomes.Where(o => o.Status == MatchStatus.Suggested).GroupBy(o => o.Company!).Where(g => g.Count() > 1))
            {
                var ordered = claims.OrderByDescending(o => o.Stars).ThenByDescending(o => o.Score).ThenBy(o => o.Order).ToList();
                var top = ordered[0];
                var tied = ordered.Where(o => o.Stars == top.Stars && o.Score == top.Score).ToList();
                foreach (var claim in ordered)
                {
                    if (tied.Count > 1 && tied.Contains(claim)) claim.Downgrade(MatchStatus.Ambiguous);
                    else if (claim != top) claim.Downgrade(MatchStatus.Review);
                }
            }
        }

        private static void Add(Dictionary<string, List<Indexed>> index, string key, Indexed company)
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = new List<Indexed>();
            list.Add(company);
        }

        private static List<Indexed> Lookup(Dictionary<string, List<Indexed>> index, string key) =>
            key.Length > 0 && index.TryGetValue(key, out var list) ? list : new List<Indexed>();

        private sealed class Indexed
        {
            public Indexed(PsaCompany company, int order)
            {
                Company = company;
                Order = order;
                Name = (company.Name ?? string.Empty).Trim();
                var tokens = CompanyNameNormalizer.Tokens(Name);
                Tokens = tokens;
                Normalized = string.Join(" ", tokens);
                Key = CompanyNameNormalizer.Key(Name); // empty for a name that is only a legal form ("The Co")
                Form = CompanyNameNormalizer.LegalForm(Name);
            }

            public PsaCompany Company { get; }
            public int Order { get; }
            public string Name { get; }
            public IReadOnlyList<string> Tokens { get; }
            public string Normalized { get; }
            public string Key { get; }

            /// <summary>The legal form the name ends with (<see cref="CompanyNameNormalizer.LegalForm"/>), read once.</summary>
            public string Form { get; }
        }

        private readonly struct Scored
        {
            public Scored(Indexed company, int score, CompanyMatchReason reason)
            {
                Company = company;
                Score = score;
                Reason = reason;
            }

            public Indexed Company { get; }
            public int Score { get; }
            public CompanyMatchReason Reason { get; }
        }

        /// <summary>The working state of one customer's result.</summary>
        private sealed class Outcome
        {
            public Outcome(string customer, int order)
            {
                Customer = customer;
                Order = order;
            }

            public string Customer { get; }
            public int Order { get; }
            public int? AccountCount { get; set; }
            public MatchStatus Status { get; private set; }
            public int Stars { get; private set; }
            public int Score { get; set; }
            public Indexed? Company { get; private set; }
            public List<CompanyMatchReason> Reasons { get; } = new List<CompanyMatchReason>();
            public List<CompanyCandidate> Candidates { get; set; } = new List<CompanyCandidate>();

            public void Set(MatchStatus status, int stars, Indexed? company, params CompanyMatchReason[] reasons)
            {
                Status = status;
                Stars = stars;
                Company = company;
                Reasons.Clear();
                Reasons.AddRange(reasons.Where(r => r != CompanyMatchReason.None));
            }

            public void Downgrade(MatchStatus status)
            {
                var reasons = Reasons.Concat(new[] { CompanyMatchReason.CompanyClaimed }).ToArray();
                if (status == MatchStatus.Ambiguous) Set(status, 0, null, reasons);
                else Set(status, 1, Company, reasons);
            }

            public CompanyMatch ToMatch() => new CompanyMatch(Customer)
            {
                Status = Status,
                Stars = Stars,
                Company = Company?.Company,
                Reasons = Reasons,
                Candidates = Candidates,
                AccountCount = AccountCount,
            };
        }
    }
}
