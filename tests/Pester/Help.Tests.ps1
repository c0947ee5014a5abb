# Help as users meet it: the docs/ pages cannot drift from the cmdlets (parameters, their metadata, the
# syntax of every parameter set), every example parses, Get-Help -Full is complete, and the about topic
# is found after Import-Module. Cmdlets and pages are enumerated, never listed: a new cmdlet with a page
# is covered as it lands.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force
    $script:commands = Get-Command -Module QuickpassPsa | ForEach-Object { @{ Name = $_.Name } }
    # The docs pages, and the README's copy-paste examples.
    $script:markdownFiles = @(Get-ChildItem -Path (Get-QpTestPath Docs) -Filter *.md | ForEach-Object { @{ File = "docs/$($_.Name)" } }) + @{ File = 'README.md' }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'HelpPages.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $script:common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
}

AfterAll {
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'The docs folder' {
    It 'has a page for every exported cmdlet and no page for a command the module does not export' {
        $exported = Get-Command -Module QuickpassPsa | ForEach-Object Name | Sort-Object
        $pages = Get-ChildItem -Path (Get-QpTestPath Docs) -Filter '*-*.md' | ForEach-Object BaseName | Sort-Object
        $pages | Should -Be $exported
    }
}

Describe 'docs/<Name>.md' -ForEach $commands {
    BeforeAll {
        $command = Get-Command $Name
        $page = Read-QpHelpPage -Path (Join-Path (Get-QpTestPath Docs) "$Name.md")
        $realParameters = $command.Parameters.Values | Where-Object Name -NotIn $common
        # Parameter sets as the cmdlet declares them (a cmdlet without sets has the one __AllParameterSets).
        $realSets = @($command.ParameterSets | ForEach-Object Name)
    }

    It 'follows the platyPS layout: title, synopsis, syntax, description, examples, parameters, inputs, outputs, related links' {
        $page.Name | Should -Be $Name
        $required = 'SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'EXAMPLES', 'PARAMETERS', 'INPUTS', 'OUTPUTS', 'RELATED LINKS'
        @($page.Sections | Where-Object { $_ -in $required }) | Should -Be $required -Because 'every section is there, in platyPS order'
        @($page.Sections | Where-Object { $_ -notin $required + 'NOTES' }) | Should -BeNullOrEmpty
    }

    It 'documents exactly the parameters of the cmdlet (common parameters, -WhatIf and -Confirm left to CommonParameters)' {
        $documented = @($page.Parameters | ForEach-Object Name | Sort-Object)
        $documented | Should -Be @($realParameters | ForEach-Object Name | Sort-Object)
    }

    It 'gives every parameter the type, sets, aliases, required, position, pipeline input and wildcards the cmdlet declares' {
        foreach ($real in $realParameters) {
            $doc = $page.Parameters | Where-Object Name -eq $real.Name
            $because = "-$($real.Name) of $Name"
            @($doc.Blocks).Count | Should -BeGreaterThan 0 -Because "$because needs a yaml block"
            $documentedSets = [System.Collections.Generic.List[string]]::new()
            foreach ($block in $doc.Blocks) {
                $block['Type'] | Should -Be (Get-QpDocTypeName -Type $real.ParameterType) -Because $because
                @(($block['Aliases'] -split ',') | ForEach-Object Trim | Where-Object { $_ } | Sort-Object) |
                    Should -Be @($real.Aliases | Sort-Object) -Because "$because (aliases)"
                $sets = if ($block['Parameter Sets'] -eq '(All)') { @($real.ParameterSets.Keys) } else { @(($block['Parameter Sets'] -split ',') | ForEach-Object Trim) }
                foreach ($set in $sets) {
                    $real.ParameterSets.ContainsKey($set) | Should -BeTrue -Because "$because is not in the set '$set'"
                    $meta = $real.ParameterSets[$set]
                    $documentedSets.Add($set)
                    $block['Required'] | Should -Be ([string]$meta.IsMandatory) -Because "$because in the set $set (required)"
                    $position = if ($meta.Position -ge 0) { [string]$meta.Position } else { 'Named' }
                    $block['Position'] | Should -Be $position -Because "$because in the set $set (position)"
                    $how = @(if ($meta.ValueFromPipelineByPropertyName) { 'ByPropertyName' }; if ($meta.ValueFromPipeline) { 'ByValue' })
                    $pipeline = if ($how) { "True ($($how -join ', '))" } else { 'False' }
                    $block['Accept pipeline input'] | Should -Be $pipeline -Because "$because in the set $set (pipeline input)"
                }
                $wildcards = [bool]($real.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
                $block['Accept wildcard characters'] | Should -Be ([string]$wildcards) -Because "$because (wildcards)"
            }
            @($documentedSets | Sort-Object) | Should -Be @($real.ParameterSets.Keys | Sort-Object) -Because "$because is documented once for each of its sets"
        }
    }

    It 'has one syntax block per parameter set, the default set marked' {
        @($page.SyntaxSets | ForEach-Object Name | Sort-Object) | Should -Be @($realSets | Sort-Object)
        foreach ($set in $page.SyntaxSets) { $set.Text | Should -Not -BeNullOrEmpty -Because "the set $($set.Name) needs its syntax line" }
        if ($realSets.Count -gt 1) {
            @($page.SyntaxSets | Where-Object IsDefault | ForEach-Object Name) | Should -Be @($command.DefaultParameterSet | Where-Object { $_ })
        }
    }

    It 'names in each syntax block exactly the parameters of its set, as platyPS writes them' {
        foreach ($set in $command.ParameterSets) {
            $doc = $page.SyntaxSets | Where-Object Name -eq $set.Name
            $doc.Text.Trim() | Should -BeLike "$Name *"
            $tokens = @(Get-QpSyntaxToken -Text $doc.Text)
            $expected = @($set.Parameters | Where-Object Name -NotIn $common | ForEach-Object { Get-QpExpectedSyntaxToken -Parameter $_ })
            if ($command.Parameters.ContainsKey('WhatIf')) { $expected += '[-WhatIf]', '[-Confirm]' }
            $expected += '[<CommonParameters>]'
            @($tokens | Sort-Object) | Should -Be @($expected | Sort-Object) -Because "the syntax of the set $($set.Name)"
            $tokens[-1] | Should -Be '[<CommonParameters>]'
            # Positional parameters come first, in the order of their positions.
            $positional = @($set.Parameters | Where-Object { $_.Position -ge 0 -and $_.Name -notin $common } | Sort-Object Position | ForEach-Object { Get-QpExpectedSyntaxToken -Parameter $_ })
            if ($positional) { $tokens[0..($positional.Count - 1)] | Should -Be $positional }
        }
    }

    It 'has two or more examples, each with code' {
        @($page.Examples).Count | Should -BeGreaterOrEqual 2
        foreach ($example in $page.Examples) { $example.Code | Should -Not -BeNullOrEmpty -Because "'$($example.Title)' needs a code block" }
    }
}

Describe 'Get-Help <Name> -Full' -ForEach $commands {
    BeforeAll {
        $command = Get-Command $Name
        $help = Get-Help $Name -Full
    }

    It 'has a synopsis and a description from the page, not the generated stand-in' {
        $help.Synopsis.Trim() | Should -Not -BeNullOrEmpty
        $help.Synopsis.Trim() | Should -Not -BeLike "$Name *" -Because 'a synopsis that repeats the syntax means the help file was not found'
        ($help.description.Text -join '') | Should -Not -BeNullOrEmpty
    }

    It 'has two or more examples, each with code and a description of what it does and shows' {
        @($help.examples.example).Count | Should -BeGreaterOrEqual 2
        foreach ($example in $help.examples.example) {
            $example.code | Should -Not -BeNullOrEmpty
            ($example.remarks.Text -join '').Trim() | Should -Not -BeNullOrEmpty -Because "$($example.title) needs its output described"
        }
    }

    It 'describes every parameter' {
        foreach ($parameter in $command.Parameters.Keys | Where-Object { $_ -notin $common }) {
            $entry = $help.parameters.parameter | Where-Object name -eq $parameter
            $entry | Should -Not -BeNullOrEmpty -Because "-$parameter of $Name needs a help entry"
            ($entry.description.Text -join '') | Should -Not -BeNullOrEmpty -Because "-$parameter of $Name needs a description"
        }
    }

    It 'shows one syntax per parameter set, with the set''s required parameters required' {
        @($help.syntax.syntaxItem).Count | Should -Be @($command.ParameterSets).Count
        foreach ($item in $help.syntax.syntaxItem) {
            $names = @($item.parameter | Where-Object { $_ } | ForEach-Object name)
            $set = $command.ParameterSets | Where-Object { $wanted = @($_.Parameters | Where-Object Name -NotIn $common | ForEach-Object Name); ($wanted | Sort-Object) -join ',' -eq (($names | Sort-Object) -join ',') }
            $set | Should -Not -BeNullOrEmpty -Because "the syntax item ($($names -join ', ')) must be one of the cmdlet's sets"
            foreach ($parameter in @($item.parameter | Where-Object { $_ })) {
                $real = @($set)[0].Parameters | Where-Object Name -eq $parameter.name
                $parameter.required | Should -Be ([string]$real.IsMandatory).ToLowerInvariant() -Because "-$($parameter.name) in a syntax of $Name"
            }
        }
    }

    It 'lists its inputs, outputs and related links' {
        @($help.inputTypes.inputType).Count | Should -BeGreaterThan 0
        @($help.returnValues.returnValue).Count | Should -BeGreaterThan 0
        @($help.relatedLinks.navigationLink).Count | Should -BeGreaterThan 0
    }
}

Describe 'Code in <File>' -ForEach $markdownFiles {
    It 'parses: every PowerShell block, and every block of an EXAMPLES section' {
        $blocks = @(Get-QpCodeBlock -Path (Join-Path (Get-QpTestPath Root) $File) |
            Where-Object { $_.Language -in 'powershell', 'pwsh', 'ps' -or ($_.Section -eq 'EXAMPLES' -and $_.Language -eq '') })
        foreach ($block in $blocks) {
            $errors = $null
            [System.Management.Automation.Language.Parser]::ParseInput($block.Text, [ref]$null, [ref]$errors) | Out-Null
            @($errors | ForEach-Object { "line $($block.Line): $($_.Message)" }) | Should -BeNullOrEmpty -Because "the code block at line $($block.Line) of $File"
        }
    }
}

Describe 'about_QuickpassPsa' {
    It 'is built into the module folder as en-US/about_QuickpassPsa.help.txt' {
        $file = Join-Path (Split-Path -Parent (Get-QpTestPath Manifest)) 'en-US/about_QuickpassPsa.help.txt'
        $file | Should -Exist
        $text = Get-Content -LiteralPath $file -Raw
        $text | Should -Match '(?m)^TOPIC\s*$'
        $text | Should -Match '(?m)^SHORT DESCRIPTION\s*$'
        $text | Should -Not -Match '```' -Because 'markdown fences do not belong in console help'
    }

    It 'is found by Get-Help in a fresh pwsh after Import-Module, with the topics it promises' {
        $run = Invoke-QpPwsh -Script 'Get-Help about_QuickpassPsa | Out-String -Width 200'
        $run.ExitCode | Should -Be 0
        $run.StdErr | Should -BeNullOrEmpty
        foreach ($topic in 'Suggested', 'Ambiguous', 'QUICKPASSPSA_DATA', 'Get-Secret', 'Autotask', 'communication type', 'Retry-After', 'TROUBLESHOOTING') {
            $run.StdOut | Should -Match ([regex]::Escape($topic)) -Because "the about topic covers $topic"
        }
    }

    It 'opens with its short description, where Get-Help lists of topics read it' {
        $file = Join-Path (Split-Path -Parent (Get-QpTestPath Manifest)) 'en-US/about_QuickpassPsa.help.txt'
        $text = (Get-Content -LiteralPath $file -Raw) -replace "`r"
        $text | Should -Match '^\uFEFF?TOPIC\n    about_quickpasspsa\n'
        $text | Should -Match '\nSHORT DESCRIPTION\n    Links Quickpass'
    }
}

Describe 'about_QuickpassPsa_Matching' {
    It 'is found by Get-Help in a fresh pwsh, with every status and the families of rules it promises' {
        $run = Invoke-QpPwsh -Script 'Get-Help about_QuickpassPsa_Matching | Out-String -Width 200'
        $run.ExitCode | Should -Be 0
        $run.StdErr | Should -BeNullOrEmpty
        foreach ($topic in 'Suggested, 3 stars', 'Suggested, 2 stars', 'Review, 1 star', 'Ambiguous', 'Unmatched', 'Matched',
            'ConflictingMobile', 'ConflictingName', 'OtherGivenName', 'MailboxName', 'Contacts a machine made', 'Addresses', 'Mobiles', 'Names', 'Elimination', 'Bernard/Bernhard') {
            $run.StdOut | Should -Match ([regex]::Escape($topic)) -Because "the matching rules cover $topic"
        }
        $run.StdOut | Should -Not -Match '```' -Because 'markdown fences do not belong in console help'
    }

    It 'is where Find-PsaContactMatch sends a reader for the full rules' {
        $run = Invoke-QpPwsh -Script '(Get-Help Find-PsaContactMatch).description.Text -join " "'
        $run.StdOut | Should -Match 'Get-Help about_QuickpassPsa_Matching'
    }
}
