using System;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// How Get-PsaContact and Get-PsaCompany name a company (object, id, name with wildcards, literal name),
/// blank and unsearchable values, and which failures stop a cmdlet, against a tenant whose names are awkward:
/// a company named "2024" beside a company whose id is 2024, brackets, both quote characters, and a company (Northwind
/// Pharma, 105) whose id is a contact's id (Fay Brik, 105, of Fabrikam): contact and company ids overlap in real tenants.
/// </summary>
public class CompanyParameterTests : IClassFixture<SimulatorFixture>
{
    private const string Seed = """
    {
      "connectWise": {
        "companies": [
          { "id": 10, "identifier": "Year", "name": "2024" },
          { "id": 11, "identifier": "ContosoLtd", "name": "Contoso Ltd" },
          { "id": 12, "identifier": "ContosoLabs", "name": "Contoso Labs" },
          { "id": 13, "identifier": "ContosoUK", "name": "Contoso [UK]" },
          { "id": 14, "identifier": "ONeil", "name": "O'Neil \"Q\" Ltd" },
          { "id": 2024, "identifier": "Fabrikam", "name": "Fabrikam" },
          { "id": 105, "identifier": "Northwind", "name": "Northwind Pharma" }
        ],
        "communicationTypes": [ { "id": 1, "description": "Email", "emailFlag": true, "defaultFlag": true } ],
        "contacts": [
          { "id": 100, "firstName": "Ann", "lastName": "Year", "company": { "id": 10 }, "communicationItems": [ { "type": { "id": 1 }, "value": "ann@year.test", "defaultFlag": true } ] },
          { "id": 101, "firstName": "Cat", "lastName": "Ltd", "company": { "id": 11 }, "communicationItems": [ { "type": { "id": 1 }, "value": "cat@contoso.com", "defaultFlag": true } ] },
          { "id": 102, "firstName": "Lab", "lastName": "Coat", "company": { "id": 12 }, "communicationItems": [ { "type": { "id": 1 }, "value": "lab@contoso.com", "defaultFlag": true } ] },
          { "id": 103, "firstName": "Uma", "lastName": "King", "company": { "id": 13 }, "communicationItems": [ { "type": { "id": 1 }, "value": "uma@contoso.co.uk", "defaultFlag": true } ] },
          { "id": 104, "firstName": "Quin", "lastName": "ONeil", "company": { "id": 14 }, "communicationItems": [ { "type": { "id": 1 }, "value": "quin@oneil.test", "defaultFlag": true } ] },
          { "id": 105, "firstName": "Fay", "lastName": "Brik", "company": { "id": 2024 }, "communicationItems": [ { "type": { "id": 1 }, "value": "fay@fabrikam.com", "defaultFlag": true } ] }
        ]
      },
      "autotask": {
        "companies": [
          { "id": 10, "companyName": "2024", "isActive": true },
          { "id": 11, "companyName": "Contoso Ltd", "isActive": true },
          { "id": 12, "companyName": "Contoso Labs", "isActive": true },
          { "id": 13, "companyName": "Contoso [UK]", "isActive": true },
          { "id": 14, "companyName": "O'Neil \"Q\" Ltd", "isActive": true },
          { "id": 2024, "companyName": "Fabrikam", "isActive": true },
          { "id": 105, "companyName": "Northwind Pharma", "isActive": true }
        ],
        "contacts": [
          { "id": 100, "companyID": 10, "firstName": "Ann", "lastName": "Year", "emailAddress": "ann@year.test", "isActive": 1 },
          { "id": 101, "companyID": 11, "firstName": "Cat", "lastName": "Ltd", "emailAddress": "cat@contoso.com", "isActive": 1 },
          { "id": 102, "companyID": 12, "firstName": "Lab", "lastName": "Coat", "emailAddress": "lab@contoso.com", "isActive": 1 },
          { "id": 103, "companyID": 13, "firstName": "Uma", "lastName": "King", "emailAddress": "uma@contoso.co.uk", "isActive": 1 },
          { "id": 104, "companyID": 14, "firstName": "Quin", "lastName": "ONeil", "emailAddress": "quin@oneil.test", "isActive": 1 },
          { "id": 105, "companyID": 2024, "firstName": "Fay", "lastName": "Brik", "emailAddress": "fay@fabrikam.com", "isActive": 1 }
        ]
      }
    }
    """;

    /// <summary>A company name holding both quote characters, as PowerShell single-quoted text.</summary>
    private const string BothQuotesName = "'O''Neil \"Q\" Ltd'";

    private readonly SimulatorFixture _sim;

    public CompanyParameterTests(SimulatorFixture sim)
    {
        _sim = sim;
        _sim.Seed(Seed);
        _sim.Sim.Faults.Set(new FaultSettings());
    }

    private string Connect(string psa, string extra = "") => psa == "ConnectWise"
        ? $"Connect-Psa -ConnectWise -Server '{_sim.Sim.ConnectWiseSite}' -CompanyId qpsa -ClientId qpsa-tests {extra} " +
          "-PublicKey ([System.Net.NetworkCredential]::new('', 'qpsa-public').SecurePassword) -PrivateKey ([System.Net.NetworkCredential]::new('', 'qpsa-private').SecurePassword)"
        : $"Connect-Psa -Autotask -ZoneUrl '{_sim.Sim.AutotaskZoneUrl}' {extra} -Credential ([pscredential]::new('api@qpsa.test', [System.Net.NetworkCredential]::new('', 'qpsa-secret').SecurePassword)) " +
          "-IntegrationCode ([System.Net.NetworkCredential]::new('', 'QPSA-TRACKING').SecurePassword)";

    private static string[] ContactIds(PsResult result) => result.Output.Select(o => o.BaseObject).OfType<PsaContact>().Select(c => c.Id).ToArray();

    private static string[] ErrorIds(PsResult result) => result.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]).ToArray();

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_company_named_with_digits_is_found_by_name_and_an_id_only_by_CompanyId(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(Connect(psa) + " | Out-Null");

        Assert.Equal(new[] { "100" }, ContactIds(ps.Run("Get-PsaContact -CompanyName 2024")));
        Assert.Equal(new[] { "100" }, ContactIds(ps.Run("Get-PsaContact 2024")));
        Assert.Equal(new[] { "105" }, ContactIds(ps.Run("Get-PsaContact -CompanyId 2024")));
        Assert.Equal(new[] { "105" }, ContactIds(ps.Run("Get-PsaContact -Id 2024")));
        Assert.Equal(new[] { "2024" }, ps.Run("Get-PsaCompany -Name 2024").Objects<PsaCompany>().Select(c => c.Name));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_wildcard_name_must_match_exactly_one_company_and_a_literal_name_takes_brackets_as_they_are(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(Connect(psa) + " | Out-Null");

        Assert.Equal(new[] { "101" }, ContactIds(ps.Run("Get-PsaContact -CompanyName 'contoso lt*'")));

        var several = ps.Run("Get-PsaContact -CompanyName 'Contoso L*'; 'after'");
        Assert.Null(several.TerminatingError);
        var ambiguous = Assert.Single(several.Errors);
        Assert.StartsWith("QuickpassPsa.CompanyAmbiguous,", ambiguous.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, ambiguous.CategoryInfo.Category);
        Assert.Contains("'Contoso Ltd' (id 11)", ambiguous.Exception.Message);
        Assert.Contains("'Contoso Labs' (id 12)", ambiguous.Exception.Message);
        Assert.Equal("Contoso L*", ambiguous.TargetObject);
        Assert.False(string.IsNullOrEmpty(ambiguous.ErrorDetails?.RecommendedAction));
        Assert.Equal("after", several.Output.Single().BaseObject);

        // A company of exactly the name is that company, before [UK] is read as a pattern (round 65c; CompanyNameRuleTests).
        Assert.Equal(new[] { "103" }, ContactIds(ps.Run("Get-PsaContact -CompanyName 'Contoso [UK]'")));
        Assert.Equal(new[] { "103" }, ContactIds(ps.Run("Get-PsaContact -LiteralCompanyName 'Contoso [UK]'")));
        // As a pattern, [KU] is one character (K or U): no company matches.
        var pattern = ps.Run("Get-PsaContact -CompanyName 'Contoso [KU]'");
        Assert.Empty(ContactIds(pattern));
        Assert.StartsWith("QuickpassPsa.CompanyNotFound,", Assert.Single(pattern.Errors).FullyQualifiedErrorId);

        Assert.Equal(new[] { "13" }, ps.Run("Get-PsaCompany -Name 'Contoso [UK]'").Objects<PsaCompany>().Select(c => c.Id));
        Assert.Empty(ps.Run("Get-PsaCompany -Name 'Contoso [KU]'").Output);
        Assert.Equal(new[] { "13" }, ps.Run("Get-PsaCompany -LiteralName 'Contoso [UK]'").Objects<PsaCompany>().Select(c => c.Id));
        Assert.Equal(new[] { "11", "12", "13" }, ps.Run("Get-PsaCompany -Name 'Contoso*'").Objects<PsaCompany>().Select(c => c.Id).OrderBy(i => i));
    }

    [Theory]
    [InlineData("ConnectWise", "[System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($company))")]
    [InlineData("Autotask", "[System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($company))")]
    [InlineData("ConnectWise", "$company | ConvertTo-Csv | ConvertFrom-Csv")]
    [InlineData("Autotask", "$company | ConvertTo-Csv | ConvertFrom-Csv")]
    public void A_deserialized_company_or_a_csv_row_binds_by_its_Id_and_Psa(string psa, string roundTrip)
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run(Connect(psa) + " | Out-Null\n$company = Get-PsaCompany -Name Fabrikam\n$copy = " + roundTrip + """

            $copy.GetType().FullName + '|' + $copy.pstypenames[0]
            $copy | Get-PsaContact
            $copy | Get-PsaCompany
            """);

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        Assert.DoesNotContain("QuickpassPsa.Core.Psa.PsaCompany|", (string)result.Output[0].BaseObject); // really not the live object
        Assert.Equal(new[] { "105" }, ContactIds(result));
        Assert.Equal("2024", Assert.Single(result.Output.Select(o => o.BaseObject).OfType<PsaCompany>()).Id);
    }

    [Fact]
    public void A_company_of_the_other_PSA_is_a_clear_error_live_deserialized_or_from_csv()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("$cw = " + Connect("ConnectWise") + "\n$at = " + Connect("Autotask") + """

            $company = Get-PsaCompany -Name Fabrikam -Connection $cw
            $company | Get-PsaContact -Connection $at
            [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($company)) | Get-PsaContact -Connection $at
            $company | ConvertTo-Csv | ConvertFrom-Csv | Get-PsaContact -Connection $at
            $company | ConvertTo-Csv | ConvertFrom-Csv | Get-PsaCompany -Connection $at
            'after'
            """);

        Assert.Null(result.TerminatingError);
        Assert.Empty(ContactIds(result));
        Assert.Equal(4, result.Errors.Count);
        Assert.All(result.Errors, e =>
        {
            Assert.StartsWith("QuickpassPsa.PsaMismatch,", e.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category);
            Assert.Contains("ConnectWise", e.Exception.Message);
            Assert.Contains("Autotask", e.Exception.Message);
            Assert.False(string.IsNullOrEmpty(e.ErrorDetails?.RecommendedAction));
        });
        Assert.IsType<PsaCompany>(result.Errors[0].TargetObject);
        Assert.Equal("after", result.Output.Last().BaseObject);
    }

    [Theory]
    [InlineData("Get-PsaContact -CompanyName 'Contoso Ltd' -Email '   '")]
    [InlineData("Get-PsaContact -CompanyName ' '")]
    [InlineData("Get-PsaContact -LiteralCompanyName \"`t\"")]
    [InlineData("Get-PsaContact -CompanyId ''")]
    [InlineData("Get-PsaCompany -Name ' '")]
    [InlineData("Get-PsaCompany -Name 'Contoso Ltd', '  '")]
    [InlineData("Get-PsaCompany -LiteralName ' '")]
    [InlineData("Get-PsaCompany -Id ' '")]
    public void A_blank_filter_is_a_parameter_error_not_everything(string command)
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(Connect("ConnectWise") + " | Out-Null");

        var result = ps.Run(command);

        Assert.Empty(result.Output);
        var error = result.TerminatingError ?? Assert.Single(result.Errors);
        Assert.StartsWith("ParameterArgumentValidationError,", error.FullyQualifiedErrorId);
        Assert.Contains("white space", error.Exception.Message);
    }

    [Fact]
    public void A_blank_id_from_the_pipeline_fails_that_item_only()
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(Connect("ConnectWise") + " | Out-Null");

        var result = ps.Run("[pscustomobject]@{ Id = ' ' }, [pscustomobject]@{ Id = '2024' } | Get-PsaContact; 'after'");

        Assert.Null(result.TerminatingError);
        var blank = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.NotACompany,", blank.FullyQualifiedErrorId);
        Assert.Contains("blank", blank.Exception.Message);
        Assert.Equal(new[] { "105" }, ContactIds(result));
        Assert.Equal("after", result.Output.Last().BaseObject);
    }

    [Theory]
    [InlineData("ConnectWise", "$contact")]
    [InlineData("Autotask", "$contact")]
    [InlineData("ConnectWise", "[System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($contact))")]
    [InlineData("Autotask", "$contact | ConvertTo-Csv | ConvertFrom-Csv")]
    [InlineData("ConnectWise", "$contact | Select-Object Id, CompanyId, Psa")]
    [InlineData("ConnectWise", "Find-PsaContactMatch -InputObject fay@fabrikam.com -CompanyId 2024")]
    public void A_piped_contact_or_row_gives_its_own_company_never_the_company_whose_id_is_its_own(string psa, string piped)
    {
        // Round 63a: Fay Brik [105] of Fabrikam [2024] | Get-PsaCompany gave Northwind Pharma [105] (-Id bound her Id by property name).
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run(Connect(psa) + " | Out-Null\n$contact = Get-PsaContact -CompanyName Fabrikam\n$piped = " + piped + """

            $piped | Get-PsaCompany
            $piped | Get-PsaContact
            """);

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        Assert.Equal("2024", Assert.Single(result.Output.Select(o => o.BaseObject).OfType<PsaCompany>()).Id);
        Assert.Equal(new[] { "105" }, ContactIds(result));
        Assert.All(result.Output.Select(o => o.BaseObject).OfType<PsaContact>(), c => Assert.Equal("2024", c.CompanyId));
    }

    [Theory]
    [InlineData("ConnectWise", "$account")]
    [InlineData("Autotask", "$account")]
    [InlineData("ConnectWise", "[System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($account))")]
    [InlineData("ConnectWise", "$account | Select-Object Id")]
    [InlineData("ConnectWise", "$account | ConvertTo-Csv | ConvertFrom-Csv")]
    [InlineData("ConnectWise", "Get-PsaConnection")]
    [InlineData("ConnectWise", "[pscustomobject]@{ Id = '105'; Email = 'x@contoso.com' }")]
    [InlineData("ConnectWise", "[pscustomobject]@{ Name = 'Fabrikam' }")]
    [InlineData("ConnectWise", "[System.IO.DirectoryInfo]::new('/')")]
    public void An_account_or_an_object_that_names_no_company_is_refused_and_the_next_item_goes_on(string psa, string piped)
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run(Connect(psa) + " | Out-Null\n" +
            "$account = ConvertTo-QpAccount @{ qpId = '105'; Email = 'pat.quinn@fabrikam.com'; Name = 'Pat Quinn'; Customer = 'Fabrikam' }\n" +
            "$piped = " + piped + """

            @($piped) + 'Fabrikam' | Get-PsaCompany
            @($piped) + 'Fabrikam' | Get-PsaContact
            'after'
            """);

        Assert.Null(result.TerminatingError);
        Assert.Equal(new[] { "QuickpassPsa.NotACompany", "QuickpassPsa.NotACompany" }, ErrorIds(result));
        Assert.All(result.Errors, e =>
        {
            Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category);
            Assert.NotNull(e.TargetObject);
            Assert.False(string.IsNullOrEmpty(e.ErrorDetails?.RecommendedAction));
        });
        // Nothing of Northwind Pharma [105]; the name after it is read.
        Assert.Equal("2024", Assert.Single(result.Output.Select(o => o.BaseObject).OfType<PsaCompany>()).Id);
        Assert.Equal(new[] { "105" }, ContactIds(result));
        Assert.Equal("after", result.Output.Last().BaseObject);
    }

    [Fact]
    public void The_decision_cmdlets_never_take_a_piped_contact_or_account_Id_as_a_company_or_contact_id()
    {
        // Set-PsaCompanyMatch -CompanyId binds only a CompanyId property; Set-PsaContactMatch -ContactId binds nothing from the pipeline.
        using var ps = PowerShellHost.WithModule();
        using var temp = new TempFolder();
        var path = System.IO.Path.Combine(temp.Path, "decisions.json");
        var result = ps.Run(Connect("ConnectWise") + " | Out-Null\n" + """
            $contact = Get-PsaContact -CompanyName Fabrikam
            $account = ConvertTo-QpAccount @{ qpId = '105'; Email = 'pat.quinn@fabrikam.com'; Name = 'Pat Quinn'; Customer = 'Fabrikam' }
            $contact | Set-PsaCompanyMatch -Customer Fabrikam -DecisionPath $args[0] -Connection (Get-PsaConnection) -PassThru
            $account | Set-PsaCompanyMatch -DecisionPath $args[0] -PassThru
            $contact | Set-PsaContactMatch -ContactId 105 -DecisionPath $args[0] -PassThru
            'after'
            """, path);

        var decision = Assert.IsType<QuickpassPsa.Core.Decisions.CompanyMatchDecision>(Assert.Single(result.Output.Select(o => o.BaseObject).OfType<QuickpassPsa.Core.Decisions.CompanyMatchDecision>()));
        Assert.Equal("2024", decision.CompanyId);
        Assert.Equal("Fabrikam", decision.CompanyName);
        Assert.Equal(2, result.Errors.Count); // the account and the contact bind to neither cmdlet: PowerShell's binding errors, nothing stored
        Assert.All(result.Errors, e => Assert.DoesNotContain("QuickpassPsa.", e.FullyQualifiedErrorId.Split(',')[0]));
        Assert.Equal("after", result.Output.Last().BaseObject);
    }

    [Fact]
    public void A_piped_account_error_says_it_is_an_account_and_names_its_customer()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run(Connect("ConnectWise") + " | Out-Null\n" +
            "ConvertTo-QpAccount @{ qpId = '105'; Email = 'pat.quinn@fabrikam.com'; Name = 'Pat Quinn'; Customer = 'Fabrikam' } | Get-PsaCompany");

        var error = Assert.Single(result.Errors);
        Assert.Contains("account", error.Exception.Message);
        Assert.Contains("105", error.Exception.Message);
        Assert.Contains("Get-PsaCompany -Name 'Fabrikam'", error.ErrorDetails!.RecommendedAction);
        Assert.IsType<QuickpassPsa.Core.Accounts.Account>(error.TargetObject);
    }

    [Theory]
    [InlineData("2024 | Get-PsaCompany", "2024")]
    [InlineData("2024 | Get-PsaContact", "100")]
    [InlineData("'2024' | Get-PsaContact", "100")]
    [InlineData("[pscustomobject]@{ Id = '2024'; Name = 'Fabrikam' } | Get-PsaContact", "105")]
    [InlineData("[pscustomobject]@{ CompanyId = '2024'; Id = '105' } | Get-PsaCompany", "Fabrikam")]
    public void A_piped_number_is_a_name_and_a_plain_row_names_its_company_by_CompanyId_else_Id(string script, string expected)
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(Connect("ConnectWise") + " | Out-Null");

        var result = ps.Run(script);

        Assert.Empty(result.Errors);
        var found = Assert.Single(result.Output).BaseObject;
        Assert.Equal(expected, found is PsaContact contact ? contact.Id : ((PsaCompany)found).Name);
    }

    [Fact]
    public void An_address_with_both_quote_characters_is_a_typed_error_on_ConnectWise_and_a_company_name_is_found()
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(Connect("ConnectWise") + " | Out-Null");

        var result = ps.Run("Get-PsaContact -CompanyName 'Contoso Ltd' -Email \"o'neil`\"x@contoso.com\"\n" +
            "Get-PsaCompany -Name " + BothQuotesName + "\nGet-PsaContact -LiteralCompanyName " + BothQuotesName + "\n'after'");

        Assert.Null(result.TerminatingError);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.ValueNotSearchable,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.False(string.IsNullOrEmpty(error.ErrorDetails?.RecommendedAction));
        Assert.Equal("o'neil\"x@contoso.com", error.TargetObject);
        // Conditions cannot hold the company name, so it is compared against the company list (round 65c).
        Assert.Equal("14", Assert.Single(result.Output.Select(o => o.BaseObject).OfType<PsaCompany>()).Id);
        Assert.Equal(new[] { "104" }, ContactIds(result));
        Assert.Equal("after", result.Output.Last().BaseObject);
    }

    [Fact]
    public void Autotask_searches_a_value_with_both_quote_characters()
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(Connect("Autotask") + " | Out-Null");

        var result = ps.Run("Get-PsaContact -LiteralCompanyName " + BothQuotesName + "; Get-PsaCompany -Name " + BothQuotesName);

        Assert.Empty(result.Errors);
        Assert.Equal(new[] { "104" }, ContactIds(result));
        Assert.Equal("14", Assert.Single(result.Output.Select(o => o.BaseObject).OfType<PsaCompany>()).Id);
    }

    [Theory]
    [InlineData("Get-PsaContact", 401, true, "QuickpassPsa.PsaAuthenticationFailed")]
    [InlineData("Get-PsaContact", 503, true, "QuickpassPsa.PsaRequestFailed")]
    [InlineData("Get-PsaContact", 400, false, "QuickpassPsa.PsaRequestFailed")]
    [InlineData("Get-PsaCompany", 401, true, "QuickpassPsa.PsaAuthenticationFailed")]
    [InlineData("Get-PsaCompany", 503, true, "QuickpassPsa.PsaRequestFailed")]
    [InlineData("Get-PsaCompany", 400, false, "QuickpassPsa.PsaRequestFailed")]
    public void A_rejected_login_or_an_outage_stops_the_cmdlet_and_a_bad_item_does_not(string cmdlet, int status, bool stops, string errorId)
    {
        using var ps = PowerShellHost.WithModule();
        var setup = ps.Run(Connect("ConnectWise", "-MaximumRetryCount 0") + " | Out-Null; $global:companies = Get-PsaCompany -Name 'Contoso Ltd', 'Fabrikam'");
        Assert.Empty(setup.Errors);
        var script = cmdlet == "Get-PsaContact" ? "$companies | Get-PsaContact; 'after'" : "'Contoso Ltd', 'Fabrikam' | Get-PsaCompany; 'after'";

        _sim.Sim.Faults.Set(new FaultSettings { FailNextStatus = status, FailNextCount = 1 });
        var result = ps.Run(script);

        if (stops)
        {
            Assert.NotNull(result.TerminatingError);
            Assert.StartsWith(errorId + ",", result.TerminatingError!.FullyQualifiedErrorId);
            Assert.Empty(result.Output); // neither the second company nor 'after'
        }
        else
        {
            Assert.Null(result.TerminatingError);
            Assert.Equal(new[] { errorId }, ErrorIds(result));
            Assert.Equal("after", result.Output.Last().BaseObject);
            var second = result.Output[0].BaseObject;
            Assert.Equal("2024", second is PsaContact contact ? contact.CompanyId : ((PsaCompany)second).Id);
        }
        Assert.False(string.IsNullOrEmpty((result.TerminatingError ?? result.Errors[0]).ErrorDetails?.RecommendedAction));
    }

    [Theory]
    [InlineData(401)]
    [InlineData(400)]
    public void Connect_Psa_stops_on_any_refusal_and_sets_no_default(int status)
    {
        using var ps = PowerShellHost.WithModule();
        _sim.Sim.Faults.Set(new FaultSettings { FailNextStatus = status, FailNextCount = 1 });

        var result = ps.Run(Connect("ConnectWise", "-MaximumRetryCount 0") + "; 'after'");

        Assert.StartsWith("QuickpassPsa.PsaConnectFailed,", result.TerminatingError!.FullyQualifiedErrorId);
        Assert.Empty(result.Output);
        Assert.False(string.IsNullOrEmpty(result.TerminatingError.ErrorDetails?.RecommendedAction));
        Assert.Empty(ps.Run("Get-PsaConnection").Output);
    }

    [Fact]
    public void Connect_Psa_takes_the_public_key_as_plain_text_but_the_private_key_only_as_a_SecureString()
    {
        using var ps = PowerShellHost.WithModule();
        var plain = ps.Run($"(Connect-Psa -ConnectWise -Server '{_sim.Sim.ConnectWiseSite}' -CompanyId qpsa -ClientId qpsa-tests -PublicKey 'qpsa-public' " +
            "-PrivateKey ([System.Net.NetworkCredential]::new('', 'qpsa-private').SecurePassword)).Account");
        Assert.Null(plain.TerminatingError);
        Assert.Equal("qpsa", Assert.Single(plain.Output).BaseObject);

        var wrong = ps.Run($"Connect-Psa -ConnectWise -Server '{_sim.Sim.ConnectWiseSite}' -CompanyId qpsa -ClientId qpsa-tests -PublicKey 'not-the-key' " +
            "-PrivateKey ([System.Net.NetworkCredential]::new('', 'qpsa-private').SecurePassword)");
        Assert.StartsWith("QuickpassPsa.PsaConnectFailed,", wrong.TerminatingError!.FullyQualifiedErrorId);

        var privatePlain = ps.Run($"Connect-Psa -ConnectWise -Server '{_sim.Sim.ConnectWiseSite}' -CompanyId qpsa -ClientId qpsa-tests -PublicKey 'qpsa-public' -PrivateKey 'qpsa-private'");
        Assert.NotNull(privatePlain.TerminatingError);
        Assert.StartsWith("CannotConvertArgumentNoMessage,", privatePlain.TerminatingError!.FullyQualifiedErrorId);
        Assert.DoesNotContain("qpsa-private", string.Join("\n", privatePlain.AllText()));
    }
}
