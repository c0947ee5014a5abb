using System;
using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Matching
{
    // Fuzzy evidence: nicknames, swapped names, initials, one-slip typos, other domains and surname parts.
    internal sealed partial class EvidenceCollector
    {
        private static readonly string[] Initials = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

        // The surname's other gender's forms (SurnameVariants.OtherGenderForms), reused for every account.
        private readonly string[] _genderForms = new string[6];

        private void CollectFuzzy(AccountProfile account, ISet<string>? excluded, EvidenceSet found)
        {
            var typos = _index.NameTypos;
            foreach (var name in account.Names)
            {
                // Nicknames: a lookup per equivalent name ("robert" → "bob|smith", "rob|smith", ...).
                var before = found.Count;
                foreach (var nickname in _nicknames.EquivalentsOfCompact(name.First))
                {
                    if (found.Count - before > ContactIndex.CrowdedName) break; // Robert has many nicknames, and Smith many Bobs
                    AddBlock(found, excluded, _index.WithName(new NameKey(nickname, name.Last)), MatchReason.Nickname, Evidence.NicknameScore);
                    // And crossed: Wes Mitchell and the contact MITCHELL | WESLEY (round 64b: no candidate, and a twin beside the crossed link).
                    AddBlock(found, excluded, _index.WithName(new NameKey(name.Last, nickname)), MatchReason.SwappedName, Evidence.SwappedNameScore);
                }

                // First and last swapped.
                AddBlock(found, excluded, _index.WithName(new NameKey(name.Last, name.First)), MatchReason.SwappedName, Evidence.SwappedNameScore);

                // An initial for the first name: "John" finds "J Smith" by lookup; "J" looks through the surname block.
                if (name.First.Length > 1 && NameNormalizer.CanBeAnInitial(name.First[0]))
                {
                    AddBlock(found, excluded, _index.WithName(new NameKey(Initial(name.First[0]), name.Last)), MatchReason.Initial, Evidence.InitialScore);
                }

                // "J" on this side: the contacts with that surname and initial (only for an initial: the
                // block grows with the company, a lookup per account would not).
                if (NameNormalizer.IsInitial(name.First))
                {
                    foreach (var contact in _index.WithLastAndFirstInitial(name.Last, name.First[0]))
                    {
                        foreach (var other in contact.Names)
                        {
                            if (other.Last == name.Last && other.First.Length > 1 && other.First[0] == name.First[0]) Add(found, excluded, contact, MatchReason.Initial, Evidence.InitialScore);
                        }
                    }
                }

                // A surname initial, as many South Indian directories write a name ("Suresh K.", "John S."; round 59a: no candidate, and
                // New-PsaContact made a twin): "Kapoor" finds "Anil K." by lookup, "K." looks through the given name's contacts with that
                // initial, and an initial before a given name ("K. Ramesh") is read as that surname's too. Review at most (an initial never links).
                if (name.First.Length > 1 && name.Last.Length > 1 && _index.HasSurnameInitials && NameNormalizer.CanBeAnInitial(name.Last[0]))
                {
                    AddBlock(found, excluded, _index.WithName(new NameKey(name.First, Initial(name.Last[0]))), MatchReason.Initial, Evidence.InitialScore);
                }
                if (name.First.Length > 1 && NameNormalizer.IsInitial(name.Last)) AddWithLastInitial(found, excluded, name.First, name.Last[0]);
                if (name.Last.Length > 1 && NameNormalizer.IsInitial(name.First)) AddWithLastInitial(found, excluded, name.Last, name.First[0]);

                // One slip in the first name or in the surname, the other equal: the deletion index names the few worth checking.
                _typos.Clear();
                typos.Candidates(name, _typos, ContactIndex.CrowdedName + 1);
                // A handful is what a reviewer can use; near common names (Jamie and James Smith) the
                // neighbours come in crowds, and comparing all of them for every account is quadratic.
                var typoCount = 0;
                foreach (var position in _typos)
                {
                    if (++typoCount > ContactIndex.CrowdedName + 1) break;
                    var contact = _index.All[position];
                    // A contact found by its exact name already: another spelling of the same name among its keys
                    // (Søren as soren and soeren) is no typo.
                    if (found.TryGetValue(contact, out var exact) && exact.HasName) continue;
                    foreach (var other in contact.Names)
                    {
                        if ((other.Last == name.Last && other.First != name.First && (IsSlipToReview(name.First, other.First, isGivenName: true) ||
                                                                                      IsShortTransposition(name.First, other.First))) ||
                            (other.First == name.First && other.Last != name.Last && (IsSlipToReview(name.Last, other.Last, isGivenName: false) || IsShortSurnameDoubled(name.Last, other.Last) ||
                                                                                      IsShortTransposition(name.Last, other.Last) ||
                                                                                      // Anna Kowalska and Anna | Kowalski: her name in its masculine form, as forms
                                                                                      // and imports often write it (round 66c: no candidate, and a twin made).
                                                                                      IsGenderedSurnamePair(name.Last, other.Last))))
                        {
                            Add(found, excluded, contact, MatchReason.Typo, Evidence.TypoScore);
                            break;
                        }
                    }
                }

                // Jana Nováková and Jana | Novák, Rasa Rimkienė and Rasa | Rimkus, Jana Kazlauskaitė and Jana | Kazlauskas, and the other
                // way: the surname in its other gender's form, more than a slip apart (round 71b: no candidate, and twins made). Review at
                // most, as the one-slip forms (Kowalska and Kowalski): a husband, a wife and a daughter are three people.
                if (name.First.Length > 1)
                {
                    var forms = SurnameVariants.OtherGenderForms(name.Last, _genderForms);
                    for (var i = 0; i < forms; i++) AddBlock(found, excluded, _index.WithName(new NameKey(name.First, _genderForms[i])), MatchReason.Typo, Evidence.TypoScore);
                }
            }

            // The same mailbox name at another domain (old domain after a rebrand, a personal address), or
            // at a mistyped one ("contso.com").
            foreach (var address in account.Addresses)
            {
                if (!LooksPersonal(address)) continue;
                var localLength = address.LastIndexOf('@');
                foreach (var contact in _index.WithLocalPartOf(address))
                {
                    foreach (var email in contact.Emails)
                    {
                        if (email.LastIndexOf('@') == localLength && string.CompareOrdinal(email, 0, address, 0, localLength) == 0 && !account.HasDomainOf(email))
                        {
                            if (PairComparer.CompareAddress(address, email, primary: false) == EmailLevel.NearMiss) Add(found, excluded, contact, MatchReason.EmailNearMiss, Evidence.EmailNearMissScore);
                            else Add(found, excluded, contact, MatchReason.AliasDomain, Evidence.AliasDomainScore);
                        }
                    }
                }
            }

            // A second surname or a particle dropped on one side: "María Martínez Romero" and "Maria Martinez",
            // "Sonia Trapp" and "Sonia von Trapp" (SurnameParts; Review evidence).
            // With the particles a first-name field ends with ("Jan van der" | Berg is Jan van der Berg, round 47: no candidate).
            var accountParts = SurnameParts.Of(NameKey.SurnameWithParticles(account.Account.FirstName, account.Account.LastName) ?? DisplaySurnames(account.Account));
            foreach (var name in account.CompareNames)
            {
                if (name.First.Length < 2 || name.Last.Length < 2) continue;
                AddSurnameParts(found, excluded, _index.WithSurnamePart(name));
                foreach (var part in accountParts)
                {
                    AddSurnameParts(found, excluded, _index.WithName(new NameKey(name.First, part)));
                    AddSurnameParts(found, excluded, _index.WithSurnamePart(new NameKey(name.First, part)));
                    // And swapped with it: "Jan van der Berg" and the fields Berg | Jan.
                    AddSurnameParts(found, excluded, _index.WithName(new NameKey(part, name.First)));
                    // And under a short form of the given name: "Mohd | bin Ali" and Muhammad | Ali (round 73b: no candidate, and a twin).
                    var forms = 0;
                    foreach (var nickname in _nicknames.EquivalentsOfCompact(name.First))
                    {
                        if (++forms > ContactIndex.CrowdedName) break;
                        AddSurnameParts(found, excluded, _index.WithName(new NameKey(nickname, part)));
                    }
                }
            }

            // "Tan Mei Ling (Joyce)" over the fields Joyce | Tan: the contact may carry the other given name (Mei Ling Tan).
            if (DisplayGivenNames.Other(account.Account) is { } displayGiven) AddBlock(found, excluded, _index.WithName(displayGiven), MatchReason.OtherGivenName, Evidence.OtherGivenNameScore);
            AddBracketedGivenName(found, excluded, account);
            AddSplitsOfOneField(found, excluded, account.Account);
            AddEnglishNameBesideChinese(found, excluded, account.Account);
            // A couple over the fields ("David & Mary" | Chen, "John and Mary" | Smith): each partner's record, for review; neither links
            // (the display name alone already reads each one's: NameKey.AddEachOfACouple; round 73a: only Mary's was found).
            if (MachineMadeNames.MayBeCouple(account.Account.FirstName, account.Account.LastName) &&
                MachineMadeNames.CoupleKeys(account.Account.FirstName, account.Account.LastName) is { } couple)
            {
                foreach (var key in couple.Keys) AddBlock(found, excluded, _index.WithName(key), MatchReason.PartialName, Evidence.PartialNameScore);
            }
            // A family's or a couple's mailbox by the surname alone ("Mr & Mrs Chen", "The Chens"): the family's records, for a person to choose.
            AddFamilyRecords(found, excluded, account);

            // A contact with a blank first or last name, and the other one equal.
            foreach (var name in account.CompareNames)
            {
                if (name.Last.Length > 1) AddBlock(found, excluded, _index.WithOnlyLastName(name.Last), MatchReason.PartialName, Evidence.PartialNameScore);
                if (name.First.Length > 1) AddBlock(found, excluded, _index.WithOnlyFirstName(name.First), MatchReason.PartialName, Evidence.PartialNameScore);
                // The one name in the other field ("Ngo |" for Lan Ngo, an import that put the surname first; round 64a: no candidate). Not
                // for a surname that is a given name too ("Taylor |" is someone called Taylor as often as not).
                if (name.Last.Length > 1 && !_nicknames.Knows(name.Last)) AddBlock(found, excluded, _index.WithOnlyFirstName(name.Last), MatchReason.PartialName, Evidence.PartialNameScore);
            }
            // A contact an email connector or an import named by the account's mailbox name or whole address, with no address item of
            // its own ("aellis |", "JNORTON |", "lpatel@contoso.com |" for the account at that address; round 63b: no candidate, and
            // New-PsaContact made twins). Only mailbox names of four letters and more that are no desk's (info@, reception@).
            foreach (var address in account.Addresses)
            {
                AddBlock(found, excluded, _index.WithNameAsMailbox(address), MatchReason.MailboxName, Evidence.MailboxNameScore);
            }
            AddFormerSurnames(found, excluded, account);
            // One name and no family name ("Sukarno", "Hla Hla"): the contact may carry it in either field, or in both (Sukarno | Sukarno,
            // as a required last name is often filled).
            if (account.SingleName is { } single)
            {
                AddBlock(found, excluded, _index.WithOnlyFirstName(single), MatchReason.PartialName, Evidence.PartialNameScore);
                AddBlock(found, excluded, _index.WithOnlyLastName(single), MatchReason.PartialName, Evidence.PartialNameScore);
                AddBlock(found, excluded, _index.WithName(new NameKey(single, single)), MatchReason.PartialName, Evidence.PartialNameScore);
                // A Burmese one-word name after an honorific in the first-name field ("Ma | Thida", "Ko | Zaw": read as written, since Ma
                // and Ko are family names too), for review (round 73b: no candidate, and a twin made).
                foreach (var honorific in SingleNames.FoldedBurmeseHonorifics) AddBlock(found, excluded, _index.WithName(new NameKey(honorific, single)), MatchReason.PartialName, Evidence.PartialNameScore);
                AddByMailboxInitial(found, excluded, account, single);
            }

            // A person who goes by the second given name, either side: "John Paul Smith" (or the fields John Paul | Smith) and
            // the contact Paul Smith, the account Paul | Smith and the contact John Paul | Smith (round 47: no candidate, so
            // New-PsaContact made twins). A candidate to review, no rival of a contact with the exact name.
            if (LastTwoWordsKey(account.Account) is { } lastTwo) AddPartialBlock(found, excluded, _index.WithName(lastTwo));
            if (PlainReadingKeys(account.Account) is { } plain)
            {
                AddPartialBlock(found, excluded, _index.WithName(plain.Item1));
                AddPartialBlock(found, excluded, _index.WithName(plain.Item2));
            }
            // A role account ("Reception") and the contact named as that role without its address (no email, another domain): the same
            // mailbox, as often as not, for review (round 49: no candidate, and New-PsaContact would make a second "Reception").
            if (account.Names.Length == 0)
            {
                var display = account.Account.DisplayName;
                var role = string.IsNullOrWhiteSpace(display) ? ContactIndex.RoleNameOf(account.Account.FirstName, account.Account.LastName) : ContactIndex.RoleNameOf(display, null);
                if (role != null) AddBlock(found, excluded, _index.WithRoleName(role), MatchReason.PartialName, Evidence.PartialNameScore);
            }
            // A contact typed in Cyrillic or Greek for a Latin account (Дмитрий Иванов for Dmitry Ivanov): a candidate to review (round 51:
            // none, and New-PsaContact made a Latin twin).
            if (_index.HasRomanised)
            {
                foreach (var name in account.CompareNames)
                {
                    if (!NameNormalizer.IsAscii(name.First) || !NameNormalizer.IsAscii(name.Last) || name.First.Length < 2 || name.Last.Length < 2) continue;
                    AddBlock(found, excluded, _index.WithRomanised(new NameKey(Transliteration.Key(name.First), Transliteration.Key(name.Last))), MatchReason.OtherScript, Evidence.OtherScriptScore);
                }
            }
            // And the other way: an account typed in Cyrillic or Greek (Дмитрий | Иванов) for a Latin contact (Dmitry Ivanov).
            foreach (var name in account.CompareNames)
            {
                if (NameNormalizer.IsAscii(name.First) || NameNormalizer.IsAscii(name.Last) || !Transliteration.CanRomanise(name.First) || !Transliteration.CanRomanise(name.Last)) continue;
                var key = new NameKey(Transliteration.Key(name.First), Transliteration.Key(name.Last));
                if (key.First.Length < 2 || key.Last.Length < 2) continue;
                AddBlock(found, excluded, _index.WithLatinSkeleton(key), MatchReason.OtherScript, Evidence.OtherScriptScore);
                // Surname first, as Russian writes a whole name ("Иванов Дмитрий" as the display name, read Иванов | Дмитрий).
                AddBlock(found, excluded, _index.WithLatinSkeleton(new NameKey(key.Last, key.First)), MatchReason.OtherScript, Evidence.OtherScriptScore);
            }
            // A hyphenated given name in a display name alone is also its first word ("Anne-Marie Roycroft" and Anne Roycroft), as in the fields.
            if (FirstOfHyphenatedDisplayKey(account.Account) is { } firstWord) AddPartialBlock(found, excluded, _index.WithName(firstWord));
            if (BeforeADashKey(account.Account) is { } beforeADash) AddPartialBlock(found, excluded, _index.WithName(beforeADash));
            foreach (var name in account.CompareNames)
            {
                if (name.First.Length > 1 && name.Last.Length > 1) AddPartialBlock(found, excluded, _index.WithLastTwoWords(name));
            }

            // Nothing found at all: the name crossed with one slip besides ("Wesley Mitchel" and the contact MITCHELL | WESLEY; last
            // session's note: no candidate, and New-PsaContact would make a twin). Only then, so that the lookup costs nothing where
            // any other evidence was found, and a slip crossed is never the rival of an exact name.
            if (found.Count == 0) CollectCrossedTypos(account, excluded, found);

            // A typo in the mailbox name: the deletion index names the few contacts worth comparing. Only
            // for the primary address (the one people type into a PSA), and only when no contact has the
            // exact name: a contact with the name is compared address by address anyway (PairComparer), and
            // each probe is a cache miss at a million contacts.
            if (HasNameEvidence(found)) return;
            var nearMiss = _index.NearMiss;
            var primary = account.Primary ?? (account.Addresses.Length > 0 ? account.Addresses[0] : null);
            if (primary == null) return;
            {
                var address = primary;
                _nearMiss.Clear();
                nearMiss.Candidates(address, _nearMiss, ContactIndex.CrowdedName + 1);
                var nearCount = 0;
                foreach (var position in _nearMiss)
                {
                    if (++nearCount > ContactIndex.CrowdedName + 1) break;
                    var contact = _index.All[position];
                    foreach (var email in contact.Emails)
                    {
                        if (PairComparer.CompareAddress(address, email, primary: false) == EmailLevel.NearMiss)
                        {
                            Add(found, excluded, contact, MatchReason.EmailNearMiss, Evidence.EmailNearMissScore);
                            break;
                        }
                    }
                }
            }
        }

        /// <summary>
        /// The contacts whose fields hold the account's name crossed, one of the two with one slip (<see cref="IsTypo"/>): a
        /// candidate to review, as a crossed name and a typo each are.
        /// </summary>
        private void CollectCrossedTypos(AccountProfile account, ISet<string>? excluded, EvidenceSet found)
        {
            var typos = _index.NameTypos;
            foreach (var name in account.Names)
            {
                if (name.First.Length < 2 || name.Last.Length < 2 || name.First == name.Last) continue;
                _typos.Clear();
                typos.Candidates(new NameKey(name.Last, name.First), _typos, ContactIndex.CrowdedName + 1);
                var count = 0;
                foreach (var position in _typos)
                {
                    if (++count > ContactIndex.CrowdedName + 1) break;
                    var contact = _index.All[position];
                    foreach (var other in contact.Names)
                    {
                        if ((other.First == name.Last && other.Last != name.First && IsSlipToReview(name.First, other.Last, isGivenName: true)) ||
                            (other.Last == name.First && other.First != name.Last && IsSlipToReview(name.Last, other.First, isGivenName: false)))
                        {
                            Add(found, excluded, contact, MatchReason.SwappedName, Evidence.TypoScore);
                            if (found.TryGetValue(contact, out var evidence)) evidence.Add(MatchReason.Typo, Evidence.TypoScore);
                            break;
                        }
                    }
                }
            }
        }

        /// <summary>
        /// A display name alone with a given name in brackets ("Tan Mei Ling (Joyce)", "Wei (David) Zhang"): the contact under that name
        /// with the first or the last word for surname (Joyce | Tan), for review, as over the fields (round 67c: the doc's own example found
        /// nothing display-only, and a twin was made).
        /// </summary>
        private void AddBracketedGivenName(EvidenceSet found, ISet<string>? excluded, AccountProfile account)
        {
            if (!string.IsNullOrWhiteSpace(account.Account.FirstName) || !string.IsNullOrWhiteSpace(account.Account.LastName) || account.Account.DisplayName == null) return;
            var display = account.Account.DisplayName;
            var open = display.IndexOf('(');
            var close = open < 0 ? -1 : display.IndexOf(')', open + 1);
            if (close < 0) return;
            var inside = NameNormalizer.Compact(display.Substring(open + 1, close - open - 1));
            var words = display.Remove(open, close - open + 1).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (inside.Length < 2 || words.Length < 2) return;
            foreach (var surname in new[] { NameNormalizer.Compact(words[0]), NameNormalizer.Compact(words[words.Length - 1]) })
            {
                var key = new NameKey(inside, surname);
                // A key of the account's own (Wei (David) Zhang's david | zhang) was looked up with its names.
                if (surname.Length > 1 && surname != inside && Array.IndexOf(account.Names, key) < 0)
                {
                    AddBlock(found, excluded, _index.WithName(key), MatchReason.OtherGivenName, Evidence.OtherGivenNameScore);
                }
            }
        }

        /// <summary>
        /// A display name alone of an English given name, the surname and a Chinese given name, as Singapore and Malaysia write it
        /// ("Jessica Huang Chee Keong", "Grace Wong Wen Jun", "Benjamin Tan Jun Jie"): the contact may carry the English name with the
        /// surname (Grace | Wong, or crossed Wong | Grace), or both given names (Jessica Chee Keong | Huang).
        /// Candidates for review (round 73b: none, and New-PsaContact would make twins); never a link by these keys.
        /// </summary>
        private void AddEnglishNameBesideChinese(EvidenceSet found, ISet<string>? excluded, Accounts.Account account)
        {
            if (!(DisplayWordsAlone(account) is { } words)) return;
            var english = words[0];
            var surname = words[1];
            var chinese = string.Join(string.Empty, words, 2, words.Length - 2);
            if (english.Length < 2 || surname.Length < 2 || chinese.Length < 2) return;
            AddBlock(found, excluded, _index.WithName(new NameKey(english, surname)), MatchReason.OtherGivenName, Evidence.OtherGivenNameScore);
            AddBlock(found, excluded, _index.WithName(new NameKey(surname, english)), MatchReason.SwappedName, Evidence.SwappedNameScore);
            AddBlock(found, excluded, _index.WithName(new NameKey(english + chinese, surname)), MatchReason.OtherGivenName, Evidence.OtherGivenNameScore);
        }

        private static readonly char[] NotPlainName = { ',', '(', '[', '"', '@', '/', '&', '+' };

        /// <summary>The folded words of a display name alone (no name fields) of three or four plain words, or null.</summary>
        private static string[]? DisplayWordsAlone(Accounts.Account account)
        {
            if (!SingleNames.IsPlaceholder(account.FirstName) || !SingleNames.IsPlaceholder(account.LastName)) return null;
            var display = account.DisplayName;
            if (string.IsNullOrWhiteSpace(display) || display!.IndexOfAny(NotPlainName) >= 0) return null;
            var words = NameNormalizer.Normalize(display).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            return words.Length < 3 || words.Length > 4 ? null : words;
        }

        /// <summary>A display name alone of three or four words, read family name first: "Wong Yong Sheng" as Yong Sheng | Wong (SwappedName).</summary>
        private void AddSurnameFirstReading(EvidenceSet found, ISet<string>? excluded, Accounts.Account account)
        {
            if (!(DisplayWordsAlone(account) is { } words) || words[0].Length < 2) return;
            AddBlock(found, excluded, _index.WithName(new NameKey(string.Join(string.Empty, words, 1, words.Length - 1), words[0])), MatchReason.SwappedName, Evidence.SwappedNameScore);
        }

        // Malay, Arabic and South Asian patronymic words between a given name and the father's ("Hussein bin Osman", "Siti binti Rahman",
        // "Ramesh s/o Kumar", "Kumar a/l Muthu").
        private static readonly HashSet<string> Patronymics = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "bin", "binti", "bte", "bt", "ibn", "s/o", "d/o", "a/l", "a/p",
        };

        /// <summary>
        /// A whole name in one field, the other empty ("Hussein bin Osman" or "John Smith" as the first name): the contact with the name
        /// split at any word (Hussein | bin Osman, John | Smith), a patronymic word left out (Hussein | Osman), for review (round 67c: no
        /// candidate, and a twin made; the same name as a display name alone was found).
        /// </summary>
        private void AddSplitsOfOneField(EvidenceSet found, ISet<string>? excluded, Accounts.Account account)
        {
            var firstEmpty = SingleNames.IsPlaceholder(account.FirstName);
            var lastEmpty = SingleNames.IsPlaceholder(account.LastName);
            if (firstEmpty == lastEmpty) return;
            var words = (firstEmpty ? account.LastName! : account.FirstName!).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || words.Length > 5) return;
            for (var i = 1; i < words.Length; i++)
            {
                if (Patronymics.Contains(words[i - 1])) continue;
                var from = Patronymics.Contains(words[i]) ? i + 1 : i;
                if (from >= words.Length) continue;
                var given = NameNormalizer.Compact(string.Join(" ", words, 0, i));
                var surname = NameNormalizer.Compact(string.Join(" ", words, from, words.Length - from));
                if (given.Length < 2 || surname.Length < 2) continue;
                AddPartialBlock(found, excluded, _index.WithName(new NameKey(given, surname)));
                if (from > i) AddPartialBlock(found, excluded, _index.WithName(new NameKey(given, NameNormalizer.Compact(string.Join(" ", words, i, words.Length - i)))));
            }
        }

        /// <summary>
        /// One name and a mailbox that spells it with the other name's initial ("Ruth" at rpierce@, r.pierce@ or ruthp@, "Simmons" at
        /// ksimmons@ or simmonsk@): the contacts with that name and a name of that initial, or the surname the mailbox spells, for
        /// review (round 65a: no candidate, and New-PsaContact made twins; "Joe" at joe.moran@ was found by the names in his address).
        /// </summary>
        private void AddByMailboxInitial(EvidenceSet found, ISet<string>? excluded, AccountProfile account, string single)
        {
            foreach (var address in account.Addresses)
            {
                var local = LettersOfInitialMailbox(EmailNormalizer.LocalPart(address));
                if (local == null || local.Length < 3) continue;
                // Given name first: r + pierce (flast), the surname written out, of any length (k + jones for Kelly, r + lee for Ruth;
                // round 68a: a surname no longer than the given name found nothing).
                if (local[0] == single[0] && !string.Equals(local.Substring(1), single, StringComparison.Ordinal))
                {
                    AddBlock(found, excluded, _index.WithName(new NameKey(single, local.Substring(1))), MatchReason.PartialName, Evidence.PartialNameScore);
                }
                if (local.Length != single.Length + 1) continue;
                // ruth + p (firstl), or simmons + k (lastf): the name and the other's initial.
                if (string.CompareOrdinal(local, 0, single, 0, single.Length) == 0)
                {
                    AddWithLastInitial(found, excluded, single, local[local.Length - 1]);
                    AddWithFirstInitial(found, excluded, single, local[local.Length - 1]);
                }
                // k + simmons (flast): the surname and the given name's initial.
                if (string.CompareOrdinal(local, 1, single, 0, single.Length) == 0) AddWithFirstInitial(found, excluded, single, local[0]);
            }
        }

        /// <summary>
        /// A mailbox name of letters only, or with one dot after its first letter or before its last (r.pierce, ruth.p), without the
        /// dot; null for any other (a first.last mailbox gives its names by itself).
        /// </summary>
        private static string? LettersOfInitialMailbox(string local)
        {
            var dot = local.IndexOf('.');
            if (dot >= 0)
            {
                if (dot != local.LastIndexOf('.') || (dot != 1 && dot != local.Length - 2)) return null;
                local = local.Remove(dot, 1);
            }
            foreach (var c in local)
            {
                if (c < 'a' || c > 'z') return null;
            }
            return local;
        }

        /// <summary>The contacts with this surname and a given name of this initial, a few for a reviewer.</summary>
        private void AddWithFirstInitial(EvidenceSet found, ISet<string>? excluded, string last, char initial) =>
            AddWithInitial(found, excluded, _index.WithLastAndFirstInitial(last, initial), last, initial, knownIsGiven: false);

        /// <summary>The contacts with this first name and a surname of this initial, a few for a reviewer (John S. is many).</summary>
        private void AddWithLastInitial(EvidenceSet found, ISet<string>? excluded, string first, char initial) =>
            AddWithInitial(found, excluded, _index.WithFirstAndLastInitial(first, initial), first, initial, knownIsGiven: true);

        /// <summary>
        /// The contacts of <paramref name="block"/> with <paramref name="known"/> for the given name (or the surname) and a surname (or a
        /// given name) of two letters or more starting with <paramref name="initial"/>, at most <see cref="ContactIndex.CrowdedName"/> + 1.
        /// </summary>
        private void AddWithInitial(EvidenceSet found, ISet<string>? excluded, ContactBlock block, string known, char initial, bool knownIsGiven)
        {
            var added = 0;
            foreach (var contact in block)
            {
                foreach (var other in contact.Names)
                {
                    var same = knownIsGiven ? other.First : other.Last;
                    var initialed = knownIsGiven ? other.Last : other.First;
                    if (same != known || initialed.Length < 2 || initialed[0] != initial) continue;
                    Add(found, excluded, contact, MatchReason.Initial, Evidence.InitialScore);
                    added++;
                    break;
                }
                if (added > ContactIndex.CrowdedName) return;
            }
        }

        private static string Initial(char c) => c < 128 ? Initials[c] : c.ToString();

        private static bool HasNameEvidence(EvidenceSet found)
        {
            foreach (var evidence in found)
            {
                if (evidence.HasName) return true;
            }
            return false;
        }

        /// <summary>
        /// For an account with a display name only, the display's last two words when it has three ("Ana Rodríguez Pérez":
        /// Rodríguez Pérez), so that a contact under one of the two surnames is a candidate (round 44: none, and a twin was
        /// created), or its surname with particles ("van der Berg"). Null otherwise; the fields' surname is used when there is one.
        /// </summary>
        private static string? DisplaySurnames(Accounts.Account account)
        {
            if (account.FirstName != null || string.IsNullOrWhiteSpace(account.DisplayName)) return null;
            var parsed = NameDetails.ParsedDisplay(account.DisplayName!);
            if (!parsed.Success || parsed.Last == null) return null;
            // "Jan van der Berg": the parser keeps the particles with the surname, whose own parts find Jan | Berg (a display
            // name alone found no candidate, and New-PsaContact made a twin, where the fields Jan | van der Berg found it).
            if (parsed.Middle == null) return parsed.Last.IndexOf(' ') > 0 ? parsed.Last : null;
            // The last two words ("María José García López": García López; round 46 found none for four words).
            var words = (parsed.Middle + " " + parsed.Last).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            return words.Length >= 2 ? words[words.Length - 2] + " " + words[words.Length - 1] : null;
        }

        /// <summary>A block found by a surname part, less the contacts the account's exact name found (their name is not in doubt).</summary>
        private void AddSurnameParts(EvidenceSet found, ISet<string>? excluded, ContactBlock block)
        {
            var count = Math.Min(block.Count, ContactIndex.CrowdedName + 1);
            for (var i = 0; i < count; i++)
            {
                // Found by its exact name, or by part of the given name (PartialName, which says it already): no more to say.
                if (found.TryGetValue(block[i], out var known) && (known.HasName || known.Reasons.Contains(MatchReason.PartialName))) continue;
                Add(found, excluded, block[i], MatchReason.SurnamePart, Evidence.SurnamePartScore);
            }
        }
    }
}
