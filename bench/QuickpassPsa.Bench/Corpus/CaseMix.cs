namespace QuickpassPsa.Bench.Corpus;

/// <summary>
/// How often each generated case occurs. <see cref="Tuning"/> is the corpus the matcher is measured and
/// tuned on; <see cref="HeldOut"/> is another mix with another seed, written before any tuning and never
/// tuned on: its figures tell whether the tuning generalises or only fits the tuning corpus.
/// </summary>
internal sealed record CaseMix(
    string Name,
    int DefaultSeed,
    (string Case, int Weight)[] ContactCases,
    (string Group, double Share)[] Groups)
{
    /// <summary>The mix the matcher is tuned on (the historic cases, plus the issue 12 ones).</summary>
    public static CaseMix Tuning { get; } = new(
        "tuning",
        20261122,
        new[]
        {
            ("ExactEmail", 520), ("EmailCaseOrTag", 40), ("SecondSlot", 40), ("ThirdSlot", 20), ("UpnOnly", 30),
            ("TenantAlias", 20), ("OldDomainAlias", 30), ("MarriedName", 20), ("InactiveDuplicate", 30), ("InactiveOnly", 10),
            ("PersonalEmailSameName", 40), ("NoEmailSameName", 40), ("FoldedName", 25), ("LastCommaFirst", 20),
            ("Swapped", 15), ("Nickname", 30), ("Initial", 10), ("Typo", 15),
            // issue 12
            ("EmailTypo", 25), ("DomainTypo", 12), ("EmailTypoNickname", 12), ("EmailTypoNoName", 8), ("SwappedPersonalEmail", 10),
            ("BlankFirstName", 10), ("BlankLastName", 10), ("MarriedMobile", 15), ("NicknameMobile", 10),
        },
        new[]
        {
            ("SameNamePair", 0.02), ("FamilyPair", 0.02), ("GenderPair", 0.01), ("FamilyPhone", 0.01), ("SharedMailbox", 0.005),
            ("RelativeSharedPhone", 0.005), ("LeftNamesake", 0.01), ("LeftNamesakeNewContact", 0.005), ("NoiseRow", 0.01),
        });

    /// <summary>
    /// The held-out mix: fewer easy exact addresses, more of every hard case and hard negative, another seed.
    /// Never tune on it.
    /// </summary>
    public static CaseMix HeldOut { get; } = new(
        "heldout",
        77_000_313,
        new[]
        {
            ("ExactEmail", 300), ("EmailCaseOrTag", 30), ("SecondSlot", 30), ("ThirdSlot", 30), ("UpnOnly", 30),
            ("TenantAlias", 20), ("OldDomainAlias", 30), ("MarriedName", 30), ("InactiveDuplicate", 40), ("InactiveOnly", 20),
            ("PersonalEmailSameName", 40), ("NoEmailSameName", 50), ("FoldedName", 30), ("LastCommaFirst", 25),
            ("Swapped", 25), ("Nickname", 40), ("Initial", 15), ("Typo", 25),
            ("EmailTypo", 40), ("DomainTypo", 25), ("EmailTypoNickname", 25), ("EmailTypoNoName", 15), ("SwappedPersonalEmail", 20),
            ("BlankFirstName", 20), ("BlankLastName", 20), ("MarriedMobile", 30), ("NicknameMobile", 20),
        },
        new[]
        {
            ("SameNamePair", 0.03), ("FamilyPair", 0.03), ("GenderPair", 0.02), ("FamilyPhone", 0.02), ("SharedMailbox", 0.01),
            ("RelativeSharedPhone", 0.01), ("LeftNamesake", 0.02), ("LeftNamesakeNewContact", 0.01), ("NoiseRow", 0.02),
        });

    /// <summary>
    /// Traps: the ways an independent adversarial corpus made earlier versions link the wrong person (an
    /// address or a company mobile handed on, a family phone with a nickname that stands for two people, a
    /// namesake's mailbox a letter away, a partner's guest with a namesake on the staff), each a person with
    /// no contact beside one with the contact that would be wrongly linked, among ordinary people. Its measure
    /// is autoPrecision: every trap is a wrong link waiting to happen.
    /// </summary>
    public static CaseMix Traps { get; } = new(
        "traps",
        5_151_515,
        new[] { ("ExactEmail", 300), ("NoEmailSameName", 40), ("MarriedName", 20), ("EmailTypo", 30), ("NicknameMobile", 20), ("MarriedMobile", 20) },
        new[]
        {
            ("ReassignedAddress", 0.06), ("HandedOnPhone", 0.06), ("FamilyNicknamePhone", 0.06), ("NamesakeMailbox", 0.06), ("GuestNamesake", 0.06),
        });

    public static CaseMix ByName(string name) =>
        string.Equals(name, Tuning.Name, StringComparison.OrdinalIgnoreCase) ? Tuning :
        string.Equals(name, HeldOut.Name, StringComparison.OrdinalIgnoreCase) ? HeldOut :
        string.Equals(name, Traps.Name, StringComparison.OrdinalIgnoreCase) ? Traps :
        throw new ArgumentException("--mix is 'tuning', 'heldout' or 'traps', not '" + name + "'.");
}
