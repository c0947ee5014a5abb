# Shared by the pwsh benchmarks: a generated, labelled corpus (bench generate) as the module's own objects.
Set-StrictMode -Version Latest

function Import-BenchCorpus {
    <#
    .SYNOPSIS
        Returns @{ Accounts; Contacts; Path } for a corpus folder, generating it with the bench's generator
        (Release) when -Path is not given and no corpus of that size exists yet. Import the module first.
    #>
    param([int] $Accounts = 10000, [string] $Path)
    $root = Split-Path -Parent $PSScriptRoot
    if (-not $Path) {
        $Path = Join-Path ([System.IO.Path]::GetTempPath()) "qpsa-bench-$Accounts"
        if (-not (Test-Path (Join-Path $Path 'contacts.csv'))) {
            & dotnet run -c Release --project (Join-Path $root 'bench/QuickpassPsa.Bench') -- generate --accounts $Accounts --out $Path | Out-Host
            if ($LASTEXITCODE -ne 0) { throw 'generate failed' }
        }
    }
    $accountList = @(Get-QpAccount -Path (Join-Path $Path 'accounts.csv') -Customer bench)
    # The module's types live in its own load context: reach them through an object of the module, not a type literal.
    $contactType = $accountList[0].GetType().Assembly.GetType('QuickpassPsa.Core.Psa.PsaContact')
    $contactList = @(foreach ($row in Import-Csv (Join-Path $Path 'contacts.csv')) {
        $contact = [Activator]::CreateInstance($contactType)
        $contact.Id = $row.Id; $contact.Psa = 'File'; $contact.CompanyId = $row.CompanyId
        $contact.FirstName = $row.FirstName; $contact.LastName = $row.LastName
        $contact.Emails = [string[]]@($row.Email, $row.Email2, $row.Email3 | Where-Object { $_ })
        $contact.MobilePhone = $row.MobilePhone; $contact.Active = $row.Active -eq 'true'
        $contact
    })
    @{ Accounts = $accountList; Contacts = $contactList; Path = $Path }
}

Export-ModuleMember -Function Import-BenchCorpus
