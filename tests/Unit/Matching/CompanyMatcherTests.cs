using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Tests.Matching;

public class CompanyNameNormalizerTests
{
    [Theory]
    [InlineData("Contoso Ltd", "contoso")]
    [InlineData("Contoso Limited", "contoso")]
    [InlineData("Smith & Sons, Inc.", "smith sons")]
    [InlineData("Smith and Sons Inc", "smith sons")]
    [InlineData("Smith Sons", "smith sons")]
    [InlineData("B&Q Ltd", "b q")]
    [InlineData("Contoso GmbH & Co. KG", "contoso")]
    [InlineData("Tailspin S.A. de C.V.", "tailspin")]
    [InlineData("Margie Sp. z o.o.", "margie")]
    [InlineData("Datum K.K.", "datum")]
    [InlineData("Contoso A/S", "contoso")]
    [InlineData("Smith & Co Ltd", "smith")]
    [InlineData("The Fabrikam Group", "fabrikam group")]
    [InlineData("Fabrikam Group", "fabrikam group")]
    [InlineData("Acme Pty Ltd", "acme")]
    [InlineData("Müller GmbH", "muller")]
    [InlineData("Northwind L.L.C.", "northwind")]
    [InlineData("Van Dijk B.V.", "van dijk")]
    [InlineData("Nestlé S.A.", "nestle")]
    [InlineData("  Tailspin   Toys   Corporation ", "tailspin toys")]
    [InlineData("Woodgrove Co", "woodgrove")]
    [InlineData("Litware PLC", "litware")]
    [InlineData("Baker LLP", "baker")]
    [InlineData("Siemens AG", "siemens")]
    [InlineData("Initech Incorporated", "initech")]
    [InlineData("Globex Corp.", "globex")]
    [InlineData("The Company", "company")]
    public void Folds_company_names_the_way_PSAs_spell_them(string name, string expected) =>
        Assert.Equal(expected, CompanyNameNormalizer.Normalize(name));

    [Theory]
    [InlineData("אלקטרה בע\"מ", "אלקטרה")]                  // Hebrew Ltd (round 41)
    [InlineData("Παπαδόπουλος Α.Ε.", "Παπαδόπουλος")]       // Greek S.A.
    [InlineData("Παπαδόπουλος Ε.Π.Ε.", "Παπαδόπουλος")]
    [InlineData("Yıldız Ltd. Şti.", "Yıldız")]              // Turkish Ltd.
    [InlineData("شركة الأمل ش.م.م", "شركة الأمل")]          // Arabic LLC
    [InlineData("华为技术有限公司", "华为技术")]                 // Chinese Ltd, written joined
    public void Legal_forms_of_other_scripts_are_dropped_like_Ltd(string withForm, string without)
    {
        Assert.Equal(CompanyNameNormalizer.Normalize(without), CompanyNameNormalizer.Normalize(withForm));
        Assert.NotEqual(string.Empty, CompanyNameNormalizer.LegalForm(withForm));
    }

    [Fact]
    public void The_key_ignores_spacing() =>
        Assert.Equal(CompanyNameNormalizer.Key("Fabri Kam"), CompanyNameNormalizer.Key("FabriKam Inc."));

    [Fact]
    public void Blank_names_have_no_key()
    {
        Assert.Equal(string.Empty, CompanyNameNormalizer.Key(null));
        Assert.Equal(string.Empty, CompanyNameNormalizer.Key("  ,. "));
    }
}

public class CompanyMatcherTests
{
    private static PsaCompany Co(string id, string name, bool active = true) => new() { Id = id, Name = name, Active = active, Psa = "ConnectWise" };

    private static IReadOnlyList<CompanyMatch> Run(IEnumerable<PsaCompany> companies, params string[] customers) =>
        new CompanyMatcher(companies).Match(customers);

    private static readonly PsaCompany[] Tenant =
    {
        Co("1", "Contoso Limited"), Co("2", "Smith and Sons Inc"), Co("3", "Fabrikam Group"), Co("4", "Northwind Traders"),
        Co("5", "Société Générale Services"),
    };

    [Fact]
    public void A_group_word_the_customer_leaves_out_ranks_above_a_sisters_own_word()
    {
        // Round 78a: "Brightwater Dental Lab" (77, nearer by letters) was proposed before "Brightwater Dental Group, LLC" (76).
        var m = Run(new[] { Co("311", "Brightwater Dental Lab"), Co("310", "Brightwater Dental Group, LLC"), Co("1", "Contoso Ltd") }, "Brightwater Dental").Single();

        Assert.True(m.CompanyId == "310", string.Join(" / ", m.Candidates.Select(c => c.Company!.Id + ":" + c.Score + ":" + c.Reason)) + " " + m.Status + " " + string.Join(",", m.Reasons));
        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Equal(new[] { "310", "311" }, m.Candidates.Select(c => c.Company!.Id).Take(2));
    }

    [Fact]
    public void The_exact_spelling_is_Suggested_with_three_stars()
    {
        var m = Run(Tenant, "Northwind Traders").Single();
        Assert.Equal(MatchStatus.Suggested, m.Status);
        Assert.Equal(3, m.Stars);
        Assert.Equal(CompanyMatchReason.CompanyExact, m.Reason);
        Assert.Equal("4", m.CompanyId);
        Assert.Null(m.AccountCount);
    }

    [Theory]
    [InlineData("Contoso Ltd", "1")]
    [InlineData("Smith & Sons, Inc.", "2")]
    [InlineData("The Fabrikam Group", "3")]
    [InlineData("Societe Generale Services", "5")]
    public void The_same_normalised_name_is_Suggested_with_two_stars(string customer, string companyId)
    {
        var m = Run(Tenant, customer).Single();
        Assert.Equal(MatchStatus.Suggested, m.Status);
        Assert.Equal(2, m.Stars);
        Assert.Equal(CompanyMatchReason.CompanyNormalized, m.Reason);
        Assert.Equal(companyId, m.CompanyId);
    }

    [Fact]
    public void The_exact_spelling_ignores_case()
    {
        var m = Run(Tenant, "northwind TRADERS").Single();
        Assert.Equal((MatchStatus.Suggested, 3, "4", CompanyMatchReason.CompanyExact), (m.Status, m.Stars, m.CompanyId, m.Reason));
    }

    [Fact]
    public void Two_companies_whose_names_differ_only_in_case_are_Ambiguous_for_either_spelling()
    {
        // "COHO WINERY" beside "Coho Winery": a duplicated record, whichever spelling the customer has.
        var companies = new[] { Co("183", "COHO WINERY"), Co("184", "Coho Winery") };
        foreach (var customer in new[] { "Coho Winery", "COHO WINERY" })
        {
            var m = Run(companies, customer).Single();
            Assert.Equal(MatchStatus.Ambiguous, m.Status);
            Assert.Equal(new[] { CompanyMatchReason.CompanyExact, CompanyMatchReason.SharedName }, m.Reasons);
        }
    }

    [Fact]
    public void Customer_names_that_differ_only_in_case_are_one_customer_with_their_accounts_added()
    {
        var counts = new Dictionary<string, int> { ["Acme"] = 2, ["ACME"] = 1 };
        var results = new CompanyMatcher(new[] { Co("191", "ACME"), Co("192", "Acme") }).Match(new[] { "Acme", "ACME", "acme " }, counts);

        var m = Assert.Single(results);
        Assert.Equal("Acme", m.Customer);
        Assert.Equal(3, m.AccountCount);
        Assert.Equal(MatchStatus.Ambiguous, m.Status);
    }

    [Theory]
    [InlineData("Wingtip Toys Ltd", "Wingtip Toys Inc")]
    [InlineData("Contoso Limited", "Contoso Inc.")]
    [InlineData("Fabrikam GmbH", "Fabrikam AG")]
    [InlineData("Litware Pty Ltd", "Litware LLC")]
    public void The_same_name_under_another_legal_form_is_Review(string customer, string company)
    {
        var m = Run(new[] { Co("190", company) }, customer).Single();
        Assert.Equal((MatchStatus.Review, 1, "190"), (m.Status, m.Stars, m.CompanyId));
        Assert.Equal(new[] { CompanyMatchReason.CompanyNormalized, CompanyMatchReason.OtherLegalForm }, m.Reasons);
    }

    [Theory]
    [InlineData("Wingtip Toys", "Wingtip Toys Inc")]          // a legal form on one side only
    [InlineData("Contoso Limited", "Contoso Ltd")]            // one form spelt two ways
    [InlineData("Initech Incorporated", "Initech, Inc.")]
    [InlineData("Smith & Co", "Smith and Co Ltd")]            // "& Co" is part of the name as often as a form
    [InlineData("Datum", "Datum K.K.")]
    [InlineData("Margie", "Margie Sp. z o.o.")]
    [InlineData("Contoso GmbH", "Contoso GmbH & Co. KG")]     // GmbH & Co. KG is a KG: another form, so Review below
    [InlineData("PT Maju Jaya", "Maju Jaya")]                  // a form written before the name
    [InlineData("Ромашка", "ООО Ромашка")]
    [InlineData("株式会社山田", "山田株式会社")]                    // 株式会社 before or after the name
    [InlineData("St Mary's School", "Saint Mary's School")]
    public void A_legal_form_left_out_or_spelt_another_way_still_finds_the_company(string customer, string company)
    {
        var m = Run(new[] { Co("7", company) }, customer).Single();
        Assert.Equal("7", m.CompanyId);
        Assert.Equal(CompanyMatchReason.CompanyNormalized, m.Reason);
        var expected = CompanyNameNormalizer.LegalFormsDiffer(customer, company) ? MatchStatus.Review : MatchStatus.Suggested;
        Assert.Equal(expected, m.Status);
    }

    [Fact]
    public void A_name_that_is_only_a_legal_form_finds_no_company_by_its_folded_name()
    {
        Assert.Equal(MatchStatus.Unmatched, Run(new[] { Co("1", "The Co") }, "Co.").Single().Status);
        Assert.Equal(string.Empty, CompanyNameNormalizer.Key("The Co"));
    }

    [Theory]
    [InlineData("Jim's Plumbing", "Jim's Plumbing Sydney")]
    [InlineData("Northwind", "Northwind Holdings")]
    [InlineData("Smith Sons", "Smith & Sons")]
    [InlineData("BQ Ltd", "B&Q Ltd")]
    public void A_branch_group_or_dropped_ampersand_is_at_least_a_candidate(string customer, string company)
    {
        var m = Run(new[] { Co("9", company), Co("10", "Unrelated Traders") }, customer).Single();
        Assert.NotEqual(MatchStatus.Unmatched, m.Status);
        Assert.Equal("9", m.CompanyId);
    }

    [Theory]
    [InlineData("Acme Ltd", "Acme Ltd (old)")]
    [InlineData("Acme Ltd", "Acme Ltd - DO NOT USE")]
    public void A_record_marked_not_in_use_is_no_candidate_by_its_first_words(string customer, string company)
    {
        Assert.Equal(MatchStatus.Unmatched, Run(new[] { Co("9", company) }, customer).Single().Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_inactive_sister_under_another_legal_form_as_good_as_the_active_one_makes_it_Review(bool includeInactive)
    {
        var m = new CompanyMatcher(new[] { Co("5000", "Contoso Inc"), Co("5001", "Contoso Ltd", active: false) }, new CompanyMatchOptions { IncludeInactive = includeInactive })
            .Match(new[] { "Contoso" }).Single();
        Assert.Equal((MatchStatus.Review, "5000"), (m.Status, m.CompanyId));
        Assert.Equal(new[] { CompanyMatchReason.CompanyNormalized, CompanyMatchReason.SharedName }, m.Reasons);
        Assert.Contains(m.Candidates, c => c.CompanyId == "5001");
    }

    [Theory]
    [InlineData("Contoso Pharmaceuticals, Inc. - USA")]
    [InlineData("Contoso Pharmaceuticals (USA) Inc")]
    [InlineData("Contoso Pharmaceuticals UK")]
    public void A_sister_that_adds_a_legal_form_or_a_country_to_the_customers_name_stops_a_folded_link(string sister)
    {
        var m = Run(new[] { Co("1068", "Contoso Pharmaceuticals Ltd"), Co("5013", sister) }, "Contoso Pharmaceuticals").Single();
        Assert.Equal((MatchStatus.Review, "1068"), (m.Status, m.CompanyId));
        Assert.Equal(new[] { CompanyMatchReason.CompanyNormalized, CompanyMatchReason.SisterCompany }, m.Reasons);
        Assert.Equal(new[] { "1068", "5013" }, m.Candidates.Select(c => c.CompanyId));
    }

    [Fact]
    public void A_group_company_beside_the_customers_own_is_listed_but_does_not_stop_the_link()
    {
        var m = Run(new[] { Co("1", "Northwind Ltd"), Co("2", "Northwind Holdings") }, "Northwind").Single();
        Assert.Equal((MatchStatus.Suggested, 2, "1"), (m.Status, m.Stars, m.CompanyId));
        Assert.Equal(new[] { "1", "2" }, m.Candidates.Select(c => c.CompanyId));
    }

    [Theory]
    [InlineData("Ken Ward Electrical", "Kenward Electrical")]
    [InlineData("Kids Exchange", "Kid Sex Change")]
    public void Letters_that_agree_only_once_the_spaces_are_dropped_are_a_near_spelling(string customer, string company)
    {
        var m = Run(new[] { Co("1", company) }, customer).Single();
        Assert.Equal((MatchStatus.Review, CompanyMatchReason.CompanyFuzzy), (m.Status, m.Reason));
    }

    [Theory]
    [InlineData("C Software", "C++ Software")]
    [InlineData("A Electrical", "A+ Electrical")]
    public void A_plus_that_is_part_of_a_name_is_kept(string customer, string company)
    {
        Assert.NotEqual(MatchStatus.Suggested, Run(new[] { Co("1", company) }, customer).Single().Status);
        Assert.Equal("smith sons", CompanyNameNormalizer.Normalize("Smith + Sons"));
    }

    [Theory]
    [InlineData("Wide World Importers Corp", "Wide World Importers Company")]
    [InlineData("Relecloud Inc", "Relecloud Corporation")]
    public void Corp_Co_and_Inc_are_three_legal_forms(string customer, string company)
    {
        var m = Run(new[] { Co("1", company) }, customer).Single();
        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Contains(CompanyMatchReason.OtherLegalForm, m.Reasons);
    }

    [Theory]
    [InlineData("Cancer Council SA", "Cancer Council")]          // South Australia
    [InlineData("Habitat for Humanity AB", "Habitat for Humanity")] // Alberta
    [InlineData("Summit Roofing CO", "Summit Roofing")]          // Colorado
    [InlineData("Desert Solar NV", "Desert Solar")]              // Nevada
    public void A_code_in_capitals_that_may_be_a_region_is_no_dropped_legal_form_for_a_link(string customer, string company)
    {
        var m = Run(new[] { Co("1", company) }, customer).Single();
        Assert.Equal((MatchStatus.Review, "1"), (m.Status, m.CompanyId));
        Assert.Contains(CompanyMatchReason.OtherLegalForm, m.Reasons);
    }

    [Theory]
    [InlineData("Nestlé S.A.", "Nestlé")]       // with its dots, a form
    [InlineData("Acme Co.", "Acme")]            // "Co." is a company, not Colorado
    public void A_legal_form_written_as_one_is_still_dropped(string customer, string company)
    {
        var m = Run(new[] { Co("1", company) }, customer).Single();
        Assert.Equal((MatchStatus.Suggested, 2, "1"), (m.Status, m.Stars, m.CompanyId));
    }

    [Theory]
    [InlineData("Lotus Spa", "Lotus")]
    [InlineData("Lotus", "Lotus Spa")]
    [InlineData("Midwest Ag", "Midwest")]
    public void Spa_and_Ag_written_as_words_are_part_of_the_name(string customer, string company)
    {
        Assert.NotEqual(MatchStatus.Suggested, Run(new[] { Co("1", company) }, customer).Single().Status);
    }

    [Fact]
    public void Company_names_told_apart_by_their_marks_are_a_near_spelling()
    {
        var m = Run(new[] { Co("1", "Công ty Hùng Thịnh") }, "Công ty Hưng Thịnh").Single();
        Assert.Equal((MatchStatus.Review, CompanyMatchReason.CompanyFuzzy), (m.Status, m.Reason));
    }

    [Theory]
    [InlineData("Contoso UG")]
    [InlineData("Contoso Kft")]
    [InlineData("Contoso SL")]
    [InlineData("Contoso d.o.o.")]
    [InlineData("Contoso e.V.")]
    [InlineData("Contoso gGmbH")]
    public void A_sister_under_another_known_form_leaves_the_customer_Ambiguous(string sister)
    {
        Assert.Equal(MatchStatus.Ambiguous, Run(new[] { Co("1", "Contoso Ltd"), Co("2", sister) }, "Contoso").Single().Status);
    }

    [Theory]
    [InlineData("Contoso Scotland Ltd")]
    [InlineData("Contoso Schweiz AG")]
    [InlineData("Contoso España SL")]
    [InlineData("Contoso Benelux NV")]
    [InlineData("Contoso HK Ltd")]
    [InlineData("Contoso Texas LLC")]
    [InlineData("Contoso London Ltd")]
    [InlineData("Contoso 日本")]
    [InlineData("Contoso Foundation")]
    [InlineData("Contoso Services Ltd")]
    [InlineData("Contoso 2 Ltd")]
    [InlineData("Contoso II")]
    [InlineData("Contoso ANZ")]
    [InlineData("Contoso LATAM")]
    [InlineData("Contoso Associates")]
    public void A_sister_named_for_a_place_or_as_an_organisation_of_its_own_stops_a_folded_link(string sister)
    {
        var m = Run(new[] { Co("1", "Contoso Ltd"), Co("2", sister) }, "Contoso").Single();
        Assert.Equal((MatchStatus.Review, "1"), (m.Status, m.CompanyId));
        Assert.Contains(CompanyMatchReason.SisterCompany, m.Reasons);
    }

    [Fact]
    public void An_inactive_company_with_the_exact_name_stops_the_link_to_an_active_sister()
    {
        var m = Run(new[] { Co("143", "Adventure Works Ltd", active: false), Co("144", "Adventure Works Inc") }, "Adventure Works Ltd").Single();
        Assert.Equal((MatchStatus.Review, 1, "143"), (m.Status, m.Stars, m.CompanyId));
        Assert.Equal(new[] { CompanyMatchReason.CompanyExact, CompanyMatchReason.InactiveCompany }, m.Reasons);
        Assert.Equal(new[] { "143", "144" }, m.Candidates.Select(c => c.CompanyId));
    }

    [Fact]
    public void Two_companies_differing_only_by_punctuation_are_Ambiguous()
    {
        var m = Run(new[] { Co("1", "Contoso, Ltd."), Co("2", "Contoso Ltd."), Co("3", "Other") }, "Contoso Ltd").Single();
        Assert.Equal(MatchStatus.Ambiguous, m.Status);
        Assert.Equal(0, m.Stars);
        Assert.Null(m.Company);
        Assert.Equal(new[] { CompanyMatchReason.CompanyNormalized, CompanyMatchReason.SharedName }, m.Reasons);
        Assert.Equal(new[] { "1", "2" }, m.Candidates.Select(c => c.CompanyId));
    }

    [Fact]
    public void The_exact_spelling_beats_a_normalised_one_under_another_form()
    {
        var m = Run(new[] { Co("1", "Contoso Inc."), Co("2", "Contoso Ltd") }, "Contoso Ltd").Single();
        Assert.Equal(MatchStatus.Suggested, m.Status);
        Assert.Equal(3, m.Stars);
        Assert.Equal("2", m.CompanyId);
        Assert.Equal(new[] { "2", "1" }, m.Candidates.Select(c => c.CompanyId));
        Assert.Equal(new[] { 100, 90 }, m.Candidates.Select(c => c.Score));
    }

    [Theory]
    [InlineData("Contoso, Ltd.")]
    [InlineData("Contoso  Ltd")]
    [InlineData("Contoso Limited")]
    public void An_exact_spelling_beside_a_record_differing_only_in_punctuation_or_spacing_is_Ambiguous(string duplicate)
    {
        // One company entered twice: which record holds its contacts is for a person to say.
        var m = Run(new[] { Co("1", duplicate), Co("2", "Contoso Ltd") }, "Contoso Ltd").Single();
        Assert.Equal(MatchStatus.Ambiguous, m.Status);
        Assert.Equal(new[] { CompanyMatchReason.CompanyExact, CompanyMatchReason.SharedName }, m.Reasons);
    }

    [Fact]
    public void A_customer_with_a_legal_form_prefers_the_company_under_the_same_form()
    {
        var m = Run(new[] { Co("1", "Contoso Ltd"), Co("2", "Contoso Inc") }, "Contoso Limited").Single();
        Assert.Equal((MatchStatus.Suggested, 2, "1"), (m.Status, m.Stars, m.CompanyId));
    }

    [Theory]
    [InlineData("AND Digital Ltd", "Digital Ltd")]
    [InlineData("&Beyond", "Beyond Ltd")]
    [InlineData("C# Consulting", "C Consulting")]
    [InlineData("£1 Shop", "$1 Shop")]
    [InlineData("@Home Networks", "Home Networks")]
    [InlineData("A- Tutors", "A Tutors")]
    [InlineData("Contoso Co., Ltd.", "Contoso Ltd")]
    public void Words_and_symbols_that_make_another_name_are_kept(string customer, string company)
    {
        Assert.NotEqual(MatchStatus.Suggested, Run(new[] { Co("1", company) }, customer).Single().Status);
    }

    [Fact]
    public void Two_companies_with_the_same_exact_name_are_Ambiguous()
    {
        var m = Run(new[] { Co("1", "Contoso Ltd"), Co("2", "Contoso Ltd") }, "Contoso Ltd").Single();
        Assert.Equal(MatchStatus.Ambiguous, m.Status);
        Assert.Equal(new[] { CompanyMatchReason.CompanyExact, CompanyMatchReason.SharedName }, m.Reasons);
    }

    [Theory]
    [InlineData("Contosso Ltd")]
    [InlineData("Kontoso Ltd")]
    public void A_typo_is_Review_with_one_star(string customer)
    {
        var m = Run(new[] { Co("1", "Contoso Ltd"), Co("2", "Northwind Traders") }, customer).Single();
        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Equal(1, m.Stars);
        Assert.Equal(CompanyMatchReason.CompanyFuzzy, m.Reason);
        Assert.Equal("1", m.CompanyId);
    }

    [Fact]
    public void A_typo_in_one_word_of_several_is_Review()
    {
        var m = Run(Tenant, "Northwnd Traders").Single();
        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Equal("4", m.CompanyId);
    }

    [Fact]
    public void An_unrelated_name_is_Unmatched()
    {
        var m = Run(Tenant, "Tailspin Toys").Single();
        Assert.Equal(MatchStatus.Unmatched, m.Status);
        Assert.Equal(0, m.Stars);
        Assert.Equal(CompanyMatchReason.None, m.Reason);
        Assert.Empty(m.Candidates);
    }

    [Fact]
    public void Two_equally_near_spellings_are_Ambiguous()
    {
        var m = Run(new[] { Co("1", "Contosa"), Co("2", "Contosi") }, "Contoso").Single();
        Assert.Equal(MatchStatus.Ambiguous, m.Status);
        Assert.Equal(CompanyMatchReason.CompanyFuzzy, m.Reason);
    }

    [Fact]
    public void Inactive_companies_are_left_out_unless_asked_and_then_only_Review()
    {
        // A near spelling of an inactive company is left out without IncludeInactive.
        var companies = new[] { Co("1", "Contoso Ltd", active: false) };
        Assert.Equal(MatchStatus.Unmatched, Run(companies, "Contosso Ltd").Single().Status);

        var m = new CompanyMatcher(companies, new CompanyMatchOptions { IncludeInactive = true }).Match(new[] { "Contoso Ltd" }).Single();
        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Equal(1, m.Stars);
        Assert.Equal(new[] { CompanyMatchReason.CompanyExact, CompanyMatchReason.InactiveCompany }, m.Reasons);
    }

    [Theory]
    [InlineData("Tailspin Toys", "Tailspin Toys", CompanyMatchReason.CompanyExact)]
    [InlineData("Tailspin Toys Ltd", "Tailspin Toys", CompanyMatchReason.CompanyNormalized)]
    public void An_inactive_company_of_the_customers_name_with_no_active_one_near_is_listed_first_and_Review(string company, string customer, CompanyMatchReason reason)
    {
        // Round 60b: the page says such a company is listed first and makes the customer Review (InactiveCompany); the customer was
        // Unmatched with no candidate, so nothing told the admin that the PSA has it, inactive.
        var m = Run(new[] { Co("1166", company, active: false), Co("1", "Contoso Ltd") }, customer).Single();
        Assert.Equal((MatchStatus.Review, 1, "1166"), (m.Status, m.Stars, m.CompanyId));
        Assert.Equal(new[] { reason, CompanyMatchReason.InactiveCompany }, m.Reasons);
        Assert.Equal(new[] { "1166" }, m.Candidates.Select(c => c.CompanyId));
    }

    [Fact]
    public void An_inactive_company_of_the_customers_name_that_a_person_excluded_is_not_listed()
    {
        var m = new CompanyMatcher(new[] { Co("1166", "Tailspin Toys", active: false) })
            .Match(new[] { "Tailspin Toys" }, null, new[] { new QuickpassPsa.Core.Decisions.CompanyMatchDecision(MatchDecisionKind.Excluded, "Tailspin Toys", "1166", "Tailspin Toys") }).Single();
        Assert.Equal(MatchStatus.Unmatched, m.Status);
        Assert.Empty(m.Candidates);
    }

    [Fact]
    public void An_active_company_wins_over_an_inactive_one_of_the_same_name()
    {
        var m = new CompanyMatcher(new[] { Co("1", "Contoso Ltd", active: false), Co("2", "Contoso Ltd") }, new CompanyMatchOptions { IncludeInactive = true })
            .Match(new[] { "Contoso Ltd" }).Single();
        Assert.Equal(MatchStatus.Suggested, m.Status);
        Assert.Equal("2", m.CompanyId);
    }

    [Fact]
    public void A_company_claimed_by_two_customers_goes_to_the_stronger_claim()
    {
        var results = Run(new[] { Co("1", "Contoso Ltd") }, "Contoso Limited", "Contoso Ltd");
        var exact = results.Single(r => r.Customer == "Contoso Ltd");
        var weaker = results.Single(r => r.Customer == "Contoso Limited");
        Assert.Equal(MatchStatus.Suggested, exact.Status);
        Assert.Equal(3, exact.Stars);
        Assert.Equal(MatchStatus.Review, weaker.Status);
        Assert.Equal(1, weaker.Stars);
        Assert.Equal("1", weaker.CompanyId);
        Assert.Equal(new[] { CompanyMatchReason.CompanyNormalized, CompanyMatchReason.CompanyClaimed }, weaker.Reasons);
    }

    [Fact]
    public void A_company_claimed_by_two_customers_at_the_same_strength_leaves_both_Ambiguous()
    {
        var results = Run(new[] { Co("1", "Contoso Ltd") }, "Contoso Limited", "Contoso, Ltd.");
        Assert.All(results, r =>
        {
            Assert.Equal(MatchStatus.Ambiguous, r.Status);
            Assert.Null(r.Company);
            Assert.Equal(CompanyMatchReason.CompanyClaimed, r.Reasons.Last());
        });
    }

    [Fact]
    public void Customers_are_distinct_trimmed_names_in_input_order_with_their_account_counts()
    {
        var counts = new Dictionary<string, int> { ["Fabrikam Group"] = 4, ["Contoso Limited"] = 7 };
        var results = new CompanyMatcher(Tenant).Match(new[] { "Fabrikam Group", " Fabrikam Group ", "", "Contoso Limited" }, counts);
        Assert.Equal(new[] { "Fabrikam Group", "Contoso Limited" }, results.Select(r => r.Customer));
        Assert.Equal(new int?[] { 4, 7 }, results.Select(r => r.AccountCount));
    }

    [Fact]
    public void Multi_valued_properties_read_as_text()
    {
        var m = Run(new[] { Co("1", "Contoso, Ltd."), Co("2", "Contoso Ltd.") }, "Contoso Ltd").Single();
        Assert.Equal("CompanyNormalized; SharedName", m.Reasons.ToString());
        Assert.Equal("Contoso, Ltd. [1] (90: CompanyNormalized); Contoso Ltd. [2] (90: CompanyNormalized)", m.Candidates.ToString());
    }
}
