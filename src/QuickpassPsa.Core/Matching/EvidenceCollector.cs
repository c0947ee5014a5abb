using System;
using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Gathers, for one account, every contact with evidence and what the evidence is: exact address,
    /// exact name, a mobile on this account and one contact only, and (only when no address matched
    /// exactly) the fuzzy kinds from blocked candidate sets, near-miss addresses among them. Then compares
    /// each candidate field by field (<see cref="PairComparer"/>) for its match weight.
    /// </summary>
    internal sealed class EvidenceCollector
    {
        // Local parts that name a role, not a person: an alias-domain match on them means nothing, and an exact
        // match on one links only when the names agree too (several people read a shared mailbox).
        private static readonly string[] RoleNames =
        {
            "info", "admin", "administrator", "support", "sales", "office", "accounts", "accounting", "billing", "help",
            "helpdesk", "contact", "hello", "reception", "it", "hr", "noreply", "no-reply", "service", "team", "mail",
            "finance", "payroll", "orders", "enquiries", "inquiries", "marketing", "careers", "jobs", "frontdesk",
            "servicedesk", "security", "postmaster", "webmaster", "invoices", "purchasing", "shipping", "dispatch",
            "accountspayable", "accounts.payable", "ap", "ar", "operations", "ops", "scanner", "scan", "printer",
            "frontoffice", "front.office", "bookings", "booking", "warehouse", "manager", "management", "enquiry", "inquiry",
            "reservations", "admissions", "general", "main", "desk", "customerservice", "service.desk",
            // The same desks in the customers' own languages (round 60a: empfang@ and accueil@ shown with the receptionist's name
            // were left Unmatched, and New-PsaContact made her a second contact).
            "empfang", "rezeption", "zentrale", "sekretariat", "buero", "buro", "verwaltung", "vertrieb", "buchhaltung", "einkauf",
            "recepcion", "secretaria", "administracion", "ventas", "contabilidad", "compras", "contacto",
            "recepcao", "portaria", "administracao", "vendas", "contabilidade",
            "accueil", "secretariat", "comptabilite", "ventes", "facturation",
            "segreteria", "amministrazione", "contabilita", "vendite", "ufficio", "contatto",
            "receptie", "kantoor", "administratie", "boekhouding", "verkoop",
            "recepcja", "biuro", "ksiegowosc", "kontakt", "kontor", "receptionen", "vastaanotto", "toimisto",
            "receptionist", "receptionists", "anmeldung", "mottak", "resepsiyon", "ricevimento", "welcome", "concierge", "lobby",
            "guestservices", "guest.services",
        };

        // Desk words long enough to be read inside a mailbox name written as one word (londonreception, receptionlondon,
        // mainreception: round 62a); short ones (info, office, sales) could be part of a person's name.
        private const int DeskWordInsideAName = 7;

        private static readonly HashSet<string> RoleLocalParts = new HashSet<string>(RoleNames, StringComparer.Ordinal);

        /// <summary>A folded word that names a role mailbox ("reception", "accounts", "helpdesk").</summary>
        internal static bool IsRoleWord(string word) => RoleLocalParts.Contains(word);

        /// <summary>
        /// A mailbox name that names a desk, not a person: a role word as it is, numbered (reception1, reception-2), with a place
        /// after it (reception.london, empfang_berlin) or written in two words (front.desk, service_desk).
        /// </summary>
        internal static bool IsRoleMailbox(string local)
        {
            if (RoleLocalParts.Contains(local)) return true;
            var end = local.Length;
            while (end > 0 && (char.IsDigit(local[end - 1]) || local[end - 1] == '.' || local[end - 1] == '-' || local[end - 1] == '_')) end--;
            if (end == 0) return false;
            var words = local.Substring(0, end).Split(MailboxSeparators, StringSplitOptions.RemoveEmptyEntries);
            // Any word of it a desk (reception.london, london.reception, empfang_berlin), or all of them together (front.desk).
            var joined = new System.Text.StringBuilder(end);
            foreach (var word in words)
            {
                var letters = word.TrimEnd(Digits);
                if (RoleLocalParts.Contains(letters) || HoldsALongDeskWord(letters)) return true;
                joined.Append(letters);
            }
            return RoleLocalParts.Contains(joined.ToString());
        }

        private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

        /// <summary>A word that starts or ends with a long desk word (londonreception, receptionlondon, mainreception).</summary>
        private static bool HoldsALongDeskWord(string word)
        {
            if (word.Length <= DeskWordInsideAName) return false;
            foreach (var role in RoleNames)
            {
                if (role.Length < DeskWordInsideAName || role.IndexOf('.') >= 0) continue;
                if (word.StartsWith(role, StringComparison.Ordinal) || word.EndsWith(role, StringComparison.Ordinal)) return true;
            }
            return false;
        }

        private static readonly char[] MailboxSeparators = { '.', '-', '_' };

        private readonly ContactIndex _index;
        private readonly NicknameTable _nicknames;
        private readonly bool _fuzzy;
        private readonly PairComparer _comparer;
        private readonly List<int> _nearMiss = new List<int>();
        private readonly List<int> _typos = new List<int>();

        public EvidenceCollector(ContactIndex index, NicknameTable nicknames, bool fuzzy, Func<AccountProfile, int, bool> phoneShared)
        {
            _index = index;
            _nicknames = nicknames;
            _fuzzy = fuzzy;
            _comparer = new PairComparer(nicknames, phoneShared);
        }

        // One map reused for every account (cleared each time): the matcher runs one account at a time.
        private readonly EvidenceSet _found = new EvidenceSet();
        private readonly List<Evidence> _pool = new List<Evidence>();
        private int _used;

        private Evidence Pooled(Evidence evidence)
        {
            _pool.Add(evidence);
            return evidence;
        }

        /// <summary>The evidence per contact for this account; valid until the next call.</summary>
        public EvidenceSet Collect(AccountProfile account, ISet<string>? excluded, bool[]? eliminated = null)
        {
            var found = _found;
            found.Clear();
            _used = 0;
            _eliminated = eliminated;

            foreach (var address in account.Addresses)
            {
                var reason = address == account.Primary ? MatchReason.EmailPrimary : MatchReason.EmailAlias;
                var block = _index.WithEmail(address);
                if (block.Count == 0) continue;
                var role = IsRoleAddress(address);
                foreach (var contact in block)
                {
                    Add(found, excluded, contact, reason, reason == MatchReason.EmailPrimary ? Evidence.EmailPrimaryScore : Evidence.EmailAliasScore);
                    if (role && found.TryGetValue(contact, out var evidence)) evidence.ViaRoleAddress = true;
                }
            }

            foreach (var name in account.Names)
            {
                var block = _index.WithName(name);
                if (block.Count > ContactIndex.CrowdedName)
                {
                    // A name more than ten contacts share says nothing about which one: the contacts found
                    // by address keep the name as evidence, and a few more are listed for the reviewer.
                    foreach (var evidence in found)
                    {
                        if (Array.IndexOf(evidence.Contact.Names, name) >= 0) evidence.Add(MatchReason.NameExact, Evidence.NameExactScore);
                    }
                }
                if (account.Names.Length > 1 && (IsFirstWordOfAFoundName(account, name) || IsPartOfAFoundWholeName(account, name)))
                {
                    // "Anne Marie" found Anne-Marie Roycroft by the whole given name: Anne Roycroft, found by its first word
                    // only, is another given name, a candidate to review and no rival (round 43: both were exact names).
                    AddPartialBlock(found, excluded, block);
                    continue;
                }
                // One key is the fields' own (most accounts): no display name adds to it.
                AddNameBlock(found, excluded, block, name, account.Account, account.Names.Length > 1 && AddsAGivenName(account.Account, name));
            }

            // A mobile on this account and on one contact only: a family or desk phone proves nothing.
            if (account.Phone != null)
            {
                foreach (var contact in _index.WithPhone(account.Phone))
                {
                    if (_comparer.IsShared(account, contact)) continue;
                    // Found by one of its other numbers (a field's second one, a second Cell item): digits alone, compared as such.
                    var byOther = !string.Equals(contact.Phone, account.Phone, StringComparison.Ordinal);
                    if (byOther || (!PhoneNormalizer.TwoLines(account.PhoneCountry, account.PhoneExtension, contact.PhoneCountry, contact.PhoneExtension) &&
                                    !PhoneNormalizer.TwoNumbers(account.PhoneCountry, account.PhoneNational, contact.PhoneCountry, contact.PhoneNational)))
                    {
                        Add(found, excluded, contact, MatchReason.MobilePhone, Evidence.MobilePhoneScore);
                    }
                }
                // The same number written another way (without its '+', with another trunk prefix): found by its last digits,
                // then compared as one number (round 52: "447700900123" and "+44 7700 900123" found nothing, and a twin was made).
                var tail = _comparer.IsShared(account) ? default : _index.WithPhoneTail(account.Phone);
                for (var i = 0; i < tail.Count && i <= ContactIndex.CrowdedName; i++)
                {
                    var contact = tail[i];
                    // Found above when equal; of the same length but other digits, another number (another area code).
                    // (Russia's 7 and 8 in front of one mobile are the one exception: PhoneNormalizer.SameWithSevenOrEight.)
                    if (contact.Phone == null || (contact.Phone.Length == account.Phone.Length &&
                                                  !PhoneNormalizer.SameWithSevenOrEight(account.Phone, account.PhoneCountry, contact.Phone, contact.PhoneCountry))) continue;
                    if (PhoneNormalizer.SameNumber(account.Account.MobilePhone, contact.Contact.MobilePhone)) Add(found, excluded, contact, MatchReason.MobilePhone, Evidence.MobilePhoneScore);
                }
            }

            // Fuzzy evidence is looked for unless an address already settled it: with only a name, the
            // nickname or swapped contact must still reach the candidate list a person reviews.
            if (_fuzzy && !HasEmailEvidence(found)) CollectFuzzy(account, excluded, found);

            foreach (var evidence in found) Weigh(account, evidence);
            return found;
        }

        /// <summary>Compares the pair field by field, names what the blocks did not, and weighs it.</summary>
        private void Weigh(AccountProfile account, Evidence evidence)
        {
            var vector = _comparer.Compare(account, evidence.Contact);
            evidence.Vector = vector;
            evidence.Weight = MatchWeights.Total(vector);
            // The account's address on a contact with another person's name (a handed-on or shared mailbox).
            if (evidence.HasEmail)
            {
                var namesConfirm = vector.First >= NameLevel.Nickname && vector.Last >= NameLevel.JaroWinklerHigh;
                // Wei Zhang shown as "David Zhang" (an English working name, or a mailbox handed on with only its display
                // name changed): the contact named exactly as the display name is the person the address now belongs to.
                var displayNamesIt = !namesConfirm && LinkChecks.NamesContradict(vector) &&
                                     (DisplayNamesTheContact(account, evidence.Contact) || RomanisedNamesTheContact(account, evidence.Contact));
                evidence.NamesWrittenOtherwise = displayNamesIt;
                evidence.AddressConflict = (LinkChecks.NamesContradict(vector) && !displayNamesIt) ||
                    // Alexander Brown shown as "Alex Brown" at alex.brown@, the address on Alexandra Brown's contact: the
                    // short form confirms both, the full given names say two people
                    (vector.First < NameLevel.Folded && NameDetails.FullGivenNamesAreTwo(account.Account.FirstName, evidence.Contact.Named.FirstName)) ||
                    // a role mailbox (info@, frontoffice@) links only the person whose name it carries, or the same mailbox
                    // written as a contact of its own ("Reception" at reception@ for the account "Reception": round 49 linked
                    // "Reception 2" and "Scheduling" so, and left these Review)
                    (evidence.ViaRoleAddress && !namesConfirm && !SameWrittenName(account.Account, evidence.Contact)) ||
                    // a contact without a name confirming it whose main address is someone else's on the account's domain
                    (!namesConfirm && LinkChecks.HasAnotherAddressOnTheDomain(account, evidence.Contact)) ||
                    // a nameless contact found only by one of the account's aliases: a shared address, not a person
                    (evidence.Reasons[0] == MatchReason.EmailAlias && IsNameless(evidence.Contact)) ||
                    // chris.lee@ on Chris Lee's contact, held now by Christine Lee with another mobile: a short or
                    // other form of the first name is no confirmation when the mobiles say two people
                    (vector.Phone == PhoneLevel.Different && vector.First < NameLevel.Folded);
            }
            if (vector.Email == EmailLevel.NearMiss) evidence.Add(MatchReason.EmailNearMiss, Evidence.EmailNearMissScore);
            // Found by nothing but an address a near miss from the account's that reads as a colleague's mailbox (not a slip of the
            // keyboard) with another person's name: no candidate (round 47: Minh Nguyen at mnguyen@ was Review against Hyun-woo
            // Nguyen at hnguyen@, and Sunil Sharma at sunil.s@ against Sunil Reddy at sunil.r@, so New-PsaContact created neither).
            // Found by nothing but the mobile, with another given name and another surname: a company phone handed on to a new hire,
            // no candidate (round 49: Priyanka Nair with the leaver Lysander Kensington's old mobile was refused a contact).
            // Latin names on both sides only: a contact written in Cyrillic, Greek or Chinese is compared by no name here (round 50:
            // Дмитрий Иванов's contact with Dmitry Ivanov's mobile was dropped, and a Latin twin created).
            if (evidence.Reasons.Count == 1 && evidence.Reasons[0] == MatchReason.MobilePhone && !vector.Swapped &&
                vector.First == NameLevel.Different && vector.Last == NameLevel.Different && AllLatin(account.CompareNames) && AllLatin(evidence.Contact.CompareNames))
            {
                evidence.Dismissed = true;
            }
            if (vector.Email == EmailLevel.NearMiss && !vector.NearMissLooksMistyped && evidence.Reasons.Count == 1 && evidence.Reasons[0] == MatchReason.EmailNearMiss &&
                (LinkChecks.NamesContradict(vector) || PairComparer.InitialsTellApart(account, evidence.Contact)))
            {
                evidence.Dismissed = true;
            }
            if (vector.Phone == PhoneLevel.Equal) evidence.Add(MatchReason.MobilePhone, Evidence.MobilePhoneScore);
            if (evidence.HasName) return;
            // A contact found by its address or phone: say how its name compares too.
            if (vector.Swapped && vector.NamesAgree(NameLevel.Folded, NameLevel.Folded)) evidence.Add(MatchReason.SwappedName, Evidence.SwappedNameScore);
            else if (vector.First == NameLevel.Nickname && vector.Last >= NameLevel.Folded) evidence.Add(MatchReason.Nickname, Evidence.NicknameScore);
            else if (vector.First == NameLevel.Initial && vector.Last >= NameLevel.Folded) evidence.Add(MatchReason.Initial, Evidence.InitialScore);
            else if ((vector.First == NameLevel.JaroWinklerHigh && vector.Last >= NameLevel.Folded) || (vector.First >= NameLevel.Folded && vector.Last == NameLevel.JaroWinklerHigh))
            {
                evidence.Add(MatchReason.Typo, Evidence.TypoScore);
            }
        }

        /// <summary>Every folded name is in plain Latin letters (the form names are compared in).</summary>
        private static bool AllLatin(NameKey[] names)
        {
            foreach (var name in names)
            {
                if (!NameNormalizer.IsAscii(name.First) || !NameNormalizer.IsAscii(name.Last)) return false;
            }
            return names.Length > 0;
        }

        /// <summary>The account's display name (or name fields) and the contact's first and last name are the same text, folded ("Front Desk" and Front | Desk).</summary>
        private static bool SameWrittenName(Accounts.Account account, IndexedContact contact)
        {
            var mine = NameNormalizer.Compact(string.IsNullOrWhiteSpace(account.DisplayName) ? account.FirstName + " " + account.LastName : account.DisplayName);
            return mine.Length >= 3 && mine == NameNormalizer.Compact(contact.Named.FirstName + " " + contact.Named.LastName);
        }

        /// <summary>
        /// The account's names in Cyrillic or Greek are, transliterated, the contact's Latin ones (Дмитрий Иванов and Dmitry
        /// Ivanov at one address): the same person written in two scripts, not another person's name on the address.
        /// </summary>
        private static bool RomanisedNamesTheContact(AccountProfile account, IndexedContact contact)
        {
            foreach (var mine in account.CompareNames)
            {
                foreach (var theirs in contact.CompareNames)
                {
                    if (SameWritten(mine, theirs) || SameWritten(theirs, mine)) return true;
                }
            }
            return false;
        }

        /// <summary><paramref name="romanisable"/> in Cyrillic or Greek is, transliterated, <paramref name="latin"/>.</summary>
        private static bool SameWritten(NameKey romanisable, NameKey latin) =>
            Transliteration.CanRomanise(romanisable.First) && Transliteration.CanRomanise(romanisable.Last) &&
            Transliteration.SameName(Transliteration.Romanise(romanisable.First), latin.First) &&
            Transliteration.SameName(Transliteration.Romanise(romanisable.Last), latin.Last);

        /// <summary>The account's display name gives another given name over the fields' surname, and the contact has exactly that name.</summary>
        private static bool DisplayNamesTheContact(AccountProfile account, IndexedContact contact)
        {
            if (!RoleAccounts.DisplayGivesAnotherGivenName(account.Account, out var displayFirst)) return false;
            // The mailbox was made for the fields' person (wei.zhang2@ for Wei Zhang shown as "David Zhang"): who goes by
            // the display name. A mailbox that names the display's person (john.smith@, fields Jane Smith, display "John
            // Smith") may be the leaver's handed on with the fields updated and the display left: no telling.
            var primary = account.Primary;
            var fieldFirst = NameNormalizer.Compact(account.Account.FirstName);
            if (primary == null || fieldFirst.Length < 2) return false;
            // A working name beside a given name from outside the name list (David for Wei); two listed given names (Jane
            // over John) are two people, the mailbox handed on.
            if (NicknameTable.Default.Knows(fieldFirst) || !NicknameTable.Default.Knows(displayFirst)) return false;
            var at = primary.LastIndexOf('@');
            if (LinkChecks.IndexOfWithin(primary, at, fieldFirst) < 0 || LinkChecks.IndexOfWithin(primary, at, displayFirst) >= 0) return false;
            var last = NameNormalizer.Compact(account.Account.LastName);
            foreach (var name in contact.CompareNames)
            {
                if (name.First == displayFirst && name.Last == last) return true;
            }
            return false;
        }

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
                        if ((other.Last == name.Last && other.First != name.First && IsTypo(name.First, other.First, isGivenName: true)) ||
                            (other.First == name.First && other.Last != name.Last && (IsTypo(name.Last, other.Last, isGivenName: false) || IsShortSurnameDoubled(name.Last, other.Last))))
                        {
                            Add(found, excluded, contact, MatchReason.Typo, Evidence.TypoScore);
                            break;
                        }
                    }
                }
            }

            // The same mailbox name at another domain (old domain after a rebrand, a personal address), or
            // at a mistyped one ("contso.com").
            foreach (var address in account.Addresses)
            {
                var local = EmailNormalizer.LocalPart(address);
                if (!LooksPersonal(local)) continue;
                foreach (var contact in _index.WithLocalPart(local))
                {
                    foreach (var email in contact.Emails)
                    {
                        if (email.LastIndexOf('@') == local.Length && string.CompareOrdinal(email, 0, local, 0, local.Length) == 0 && !account.HasDomainOf(email))
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
                }
            }

            // "Tan Mei Ling (Joyce)" over the fields Joyce | Tan: the contact may carry the other given name (Mei Ling Tan).
            if (DisplayGivenNames.Other(account.Account) is { } displayGiven) AddBlock(found, excluded, _index.WithName(displayGiven), MatchReason.OtherGivenName, Evidence.OtherGivenNameScore);

            // A contact with a blank first or last name, and the other one equal.
            foreach (var name in account.CompareNames)
            {
                if (name.Last.Length > 1) AddBlock(found, excluded, _index.WithOnlyLastName(name.Last), MatchReason.PartialName, Evidence.PartialNameScore);
                if (name.First.Length > 1) AddBlock(found, excluded, _index.WithOnlyFirstName(name.First), MatchReason.PartialName, Evidence.PartialNameScore);
            }
            // One name and no family name ("Sukarno", "Hla Hla"): the contact may carry it in either field, or in both (Sukarno | Sukarno,
            // as a required last name is often filled).
            if (account.SingleName is { } single)
            {
                AddBlock(found, excluded, _index.WithOnlyFirstName(single), MatchReason.PartialName, Evidence.PartialNameScore);
                AddBlock(found, excluded, _index.WithOnlyLastName(single), MatchReason.PartialName, Evidence.PartialNameScore);
                AddBlock(found, excluded, _index.WithName(new NameKey(single, single)), MatchReason.PartialName, Evidence.PartialNameScore);
            }

            // A person who goes by the second given name, either side: "John Paul Smith" (or the fields John Paul | Smith) and
            // the contact Paul Smith, the account Paul | Smith and the contact John Paul | Smith (round 47: no candidate, so
            // New-PsaContact made twins). A candidate to review, no rival of a contact with the exact name.
            if (LastTwoWordsKey(account.Account) is { } lastTwo) AddPartialBlock(found, excluded, _index.WithName(lastTwo));
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
            foreach (var name in account.CompareNames)
            {
                if (name.First.Length > 1 && name.Last.Length > 1) AddPartialBlock(found, excluded, _index.WithLastTwoWords(name));
            }

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

        private static readonly string[] Initials = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

        /// <summary>The contacts with this first name and a surname of this initial, a few for a reviewer (John S. is many).</summary>
        private void AddWithLastInitial(EvidenceSet found, ISet<string>? excluded, string first, char initial)
        {
            var added = 0;
            foreach (var contact in _index.WithFirstAndLastInitial(first, initial))
            {
                foreach (var other in contact.Names)
                {
                    if (other.First != first || other.Last.Length < 2 || other.Last[0] != initial) continue;
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

        private static bool HasEmailEvidence(EvidenceSet found)
        {
            foreach (var evidence in found)
            {
                if (evidence.HasEmail) return true;
            }
            return false;
        }

        /// <summary>
        /// One slip (insertion, deletion, substitution, transposition) in a name of at least five letters,
        /// the first letter right. Given names that differ only by a final a/o/e/i (Maria/Mario,
        /// Antonia/Antonio, Daniela/Daniele) are different people, not typos.
        /// </summary>
        internal static bool IsTypo(string a, string b, bool isGivenName)
        {
            if (a.Length < 5 || b.Length < 5 || Math.Abs(a.Length - b.Length) > 1) return false;
            if (a[0] != b[0]) return IsFirstLetterSpelling(a, b, isGivenName);
            if (isGivenName && a.Length == b.Length && a.Substring(0, a.Length - 1) == b.Substring(0, b.Length - 1) &&
                IsGenderVowel(a[a.Length - 1]) && IsGenderVowel(b[b.Length - 1]))
            {
                return false;
            }
            if (!isGivenName && IsGenderedSurnamePair(a, b)) return false;
            return Similarity.DamerauLevenshtein(a, b) == 1 && Similarity.JaroWinkler(a, b) >= 0.9;
        }

        /// <summary>
        /// The same name spelt with another first letter that sounds alike (Krystal and Crystal, Zofia and Sofia, Khloe and Chloe,
        /// Carlsson and Karlsson, Cohen and Kohen), or a given name with a Y before its first vowel (Yelena and Elena, Yevgeny and
        /// Evgeny): two spellings of one name, a typo candidate to review (round 48: none was a candidate).
        /// </summary>
        private static bool IsFirstLetterSpelling(string a, string b, bool isGivenName)
        {
            if (a.Length == b.Length)
            {
                return string.CompareOrdinal(a, 1, b, 1, a.Length - 1) == 0 && SoundAlike(a[0], b[0]);
            }
            var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
            return isGivenName && longer[0] == 'y' && (shorter[0] == 'e' || shorter[0] == 'u' || shorter[0] == 'a') &&
                   string.CompareOrdinal(longer, 1, shorter, 0, shorter.Length) == 0;
        }

        private static bool SoundAlike(char x, char y) =>
            (x == 'c' && y == 'k') || (x == 'k' && y == 'c') || (x == 's' && y == 'z') || (x == 'z' && y == 's') ||
            (x == 'j' && y == 'y') || (x == 'y' && y == 'j') || (x == 'i' && y == 'y') || (x == 'y' && y == 'i');

        /// <summary>
        /// A four-letter surname and the same with one of its letters doubled (Hall and Halll, Bell and Belll, Ward and
        /// Wardd): a slip of the keyboard that makes no other name, so a candidate to review although <see cref="IsTypo"/>
        /// looks only at names of five letters or more. Other slips of four letters (Hall, Hull, Halle) make other names.
        /// </summary>
        internal static bool IsShortSurnameDoubled(string a, string b)
        {
            var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
            if (shorter.Length != 4 || longer.Length != 5) return false;
            var at = 0;
            while (at < shorter.Length && shorter[at] == longer[at]) at++;
            if (at == 0 || longer[at] != longer[at - 1]) return false;
            return string.CompareOrdinal(shorter, at, longer, at + 1, shorter.Length - at) == 0;
        }

        private static bool IsGenderVowel(char c) => c == 'a' || c == 'o' || c == 'e' || c == 'i';

        /// <summary>
        /// A husband's and a wife's form of one surname (Ivanov/Ivanova, Kowalski/Kowalska, Novotny/Novotna):
        /// an "a" added or put in the last letter's place. A couple, not a typo.
        /// </summary>
        internal static bool IsGenderedSurnamePair(string a, string b)
        {
            if (a.Length == b.Length)
            {
                return a.Length > 1 && string.CompareOrdinal(a, 0, b, 0, a.Length - 1) == 0 && a[a.Length - 1] != b[b.Length - 1] &&
                       (a[a.Length - 1] == 'a' || b[b.Length - 1] == 'a');
            }
            var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
            return longer.Length == shorter.Length + 1 && longer[longer.Length - 1] == 'a' && longer.StartsWith(shorter, StringComparison.Ordinal);
        }

        private static bool IsNameless(IndexedContact contact)
        {
            foreach (var name in contact.CompareNames)
            {
                if (name.First.Length > 0 || name.Last.Length > 0) return false;
            }
            return true;
        }

        /// <summary>An address whose mailbox name is a role (info@, accounts@, reception@), compared without a substring.</summary>
        private static bool IsRoleAddress(string address)
        {
            var at = address.LastIndexOf('@');
            foreach (var role in RoleNames)
            {
                if (role.Length == at && string.CompareOrdinal(address, 0, role, 0, at) == 0) return true;
            }
            return false;
        }

        /// <summary>A local part that names a person ("ann.lee", "alee2"), not a role ("info").</summary>
        private static bool LooksPersonal(string local) =>
            local.Length >= 4 && !RoleLocalParts.Contains(local) && (local.IndexOf('.') > 0 || local.IndexOf('_') > 0 || local.Length >= 6);

        /// <summary>
        /// The contacts of a name block, at most <see cref="ContactIndex.CrowdedName"/> + 1 of them (input
        /// order): a crowded block only makes the account Ambiguous, and adding all of a thousand James
        /// Smiths for each of a thousand James Smith accounts made matching quadratic.
        /// </summary>
        /// <summary>
        /// The contacts with the account's name. Beside one whose own given name is the account's (Marie Gagnon), a contact found
        /// only by the first word of its longer given name (Marie Claude Gagnon) is another given name: a PartialName candidate,
        /// no rival (round 44: Ambiguous where the hyphenated Marie-Claude left Marie Suggested).
        /// </summary>
        private void AddNameBlock(EvidenceSet found, ISet<string>? excluded, ContactBlock block, NameKey name, Accounts.Account account, bool addsAGivenName)
        {
            var count = Math.Min(block.Count, ContactIndex.CrowdedName + 1);
            var anyWhole = false;
            // Not when the account has a second given name itself ("John Paul Smith" shown over the fields John | Smith): then the
            // longer name may be the account's, and the two contacts stay rivals (round 45: the father was linked, not the son).
            if (count > 1 && NameDetails.AccountMiddle(account) == null)
            {
                for (var i = 0; i < count && !anyWhole; i++) anyWhole = !OnlyByFirstWord(block[i], name);
            }
            for (var i = 0; i < count; i++)
            {
                if (anyWhole && OnlyByFirstWord(block[i], name)) Add(found, excluded, block[i], MatchReason.PartialName, Evidence.PartialNameScore);
                else if (!addsAGivenName) Add(found, excluded, block[i], MatchReason.NameExact, Evidence.NameExactScore);
                else
                {
                    var known = found.TryGetValue(block[i], out var before) && before.HasName;
                    Add(found, excluded, block[i], MatchReason.NameExact, Evidence.NameExactScore);
                    if (!known && found.TryGetValue(block[i], out var added)) added.OnlyByAddedGivenName = true;
                }
            }
        }

        /// <summary>The contact's own given name is longer and starts with the key's (marieclaude for marie), the surname the same.</summary>
        private static bool OnlyByFirstWord(IndexedContact contact, NameKey name)
        {
            return contact.Names.Length > 0 && name.StartsGivenNameOf(contact.Names[0]);
        }

        private void AddBlock(EvidenceSet found, ISet<string>? excluded, ContactBlock block, MatchReason reason, int score)
        {
            var count = Math.Min(block.Count, ContactIndex.CrowdedName + 1);
            for (var i = 0; i < count; i++) Add(found, excluded, block[i], reason, score);
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

        /// <summary>
        /// <paramref name="name"/> is the first word of a longer given name of the account with the same surname ("anne" of
        /// "annemarie") and that longer name found a contact: the contacts with only the first word carry another given name.
        /// </summary>
        private bool IsFirstWordOfAFoundName(AccountProfile account, NameKey name)
        {
            foreach (var other in account.Names)
            {
                // Not a given name the display name adds to the fields' (fields Mary | Lee shown as "Mary Ann Lee"): Mary is
                // the fields' whole given name, and Mary Lee's contact stays a rival of MaryAnn Lee's (round 47: MaryAnn was linked).
                if (name.StartsGivenNameOf(other) && !AddsAGivenName(account.Account, other) && _index.WithName(other).Count > 0) return true;
            }
            return false;
        }

        /// <summary>
        /// The last two words of the account's whole name when it has three or more (<see cref="NameKey.LastTwoWords"/>): from the
        /// fields ("Ma. Luisa" | Reyes: luisa | reyes), or from a display name alone ("María del Carmen Sánchez": carmen | sánchez).
        /// </summary>
        internal static NameKey? LastTwoWordsKey(Accounts.Account account)
        {
            if (!string.IsNullOrWhiteSpace(account.FirstName) || !string.IsNullOrWhiteSpace(account.LastName)) return NameKey.LastTwoWords(account.FirstName, account.LastName);
            if (string.IsNullOrWhiteSpace(account.DisplayName)) return null;
            var parsed = NameDetails.ParsedDisplay(account.DisplayName!);
            // A surname written first in capitals ("NGUYEN Van An") is at the end of no split.
            if (!parsed.Success || parsed.Form == NameForm.CapitalSurnameFirst) return null;
            return NameKey.LastTwoWords(parsed.First + (parsed.Middle == null ? string.Empty : " " + parsed.Middle), parsed.Last);
        }

        /// <summary>The first word of a hyphenated first given name of a display name alone, with its surname ("Anne-Marie Roycroft": anne | roycroft).</summary>
        private static NameKey? FirstOfHyphenatedDisplayKey(Accounts.Account account)
        {
            if (!string.IsNullOrWhiteSpace(account.FirstName) || string.IsNullOrWhiteSpace(account.DisplayName)) return null;
            var parsed = NameDetails.ParsedDisplay(account.DisplayName!);
            if (!parsed.Success || parsed.First == null || parsed.Last == null || parsed.First.IndexOf('-') <= 0) return null;
            var first = NameNormalizer.Compact(parsed.First.Substring(0, parsed.First.IndexOf('-')));
            var last = NameNormalizer.Compact(parsed.Last);
            return first.Length > 1 && last.Length > 1 ? new NameKey(first, last) : (NameKey?)null;
        }

        /// <summary>
        /// A key the display name makes by adding a given name to the fields' one, before or after it (fields Mary | Lee shown as
        /// "Mary Ann Lee": maryann | lee; Paul | Smith shown as "John Paul Smith": johnpaul | smith).
        /// </summary>
        internal static bool AddsAGivenName(Accounts.Account account, NameKey key)
        {
            if (string.IsNullOrWhiteSpace(account.FirstName) || string.IsNullOrWhiteSpace(account.LastName) || string.IsNullOrWhiteSpace(account.DisplayName)) return false;
            var fields = new NameKey(NameNormalizer.Compact(account.FirstName), NameNormalizer.Compact(account.LastName));
            return fields.StartsGivenNameOf(key) || fields.EndsGivenNameOf(key) || key.WholeNameExtends(fields);
        }

        /// <summary>
        /// A display-only account ("Ana Rodríguez Pérez") whose whole name, at one of its splits, found a contact (Ana | Rodríguez
        /// Pérez): a contact found by a key that leaves a word out (Ana | Pérez) is another person, a PartialName candidate and no
        /// rival (round 45: Ambiguous, and Ana Pérez's own account lost its link to ContactClaimed).
        /// </summary>
        private bool IsPartOfAFoundWholeName(AccountProfile account, NameKey name)
        {
            if (account.Account.FirstName != null || string.IsNullOrWhiteSpace(account.Account.DisplayName)) return false;
            var whole = NameNormalizer.Compact(NameKey.WithoutNote(account.Account.DisplayName!));
            if (name.First.Length + name.Last.Length == whole.Length) return false;
            foreach (var other in account.Names)
            {
                if (other.First.Length + other.Last.Length == whole.Length && whole == other.First + other.Last && _index.WithName(other).Count > 0) return true;
            }
            return false;
        }

        /// <summary>A block found by only part of the account's given name, less the contacts its whole name found.</summary>
        private void AddPartialBlock(EvidenceSet found, ISet<string>? excluded, ContactBlock block)
        {
            var count = Math.Min(block.Count, ContactIndex.CrowdedName + 1);
            for (var i = 0; i < count; i++)
            {
                if (found.TryGetValue(block[i], out var known) && known.HasName) continue;
                Add(found, excluded, block[i], MatchReason.PartialName, Evidence.PartialNameScore);
            }
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

        // Contacts already linked to other accounts on strong evidence, by position, during an elimination round.
        private bool[]? _eliminated;

        private void Add(EvidenceSet found, ISet<string>? excluded, IndexedContact contact, MatchReason reason, int score)
        {
            if (excluded != null && excluded.Contains(contact.Contact.Id)) return;
            if (_eliminated != null && _eliminated[contact.Order]) return;
            if (!found.TryGetValue(contact, out var evidence))
            {
                // Pooled: the evidence of one account is read (Decide) before the next account is collected.
                evidence = _used < _pool.Count ? _pool[_used].Reset(contact) : Pooled(new Evidence(contact));
                _used++;
                found.Add(evidence);
            }
            evidence.Add(reason, score);
        }
    }
}
