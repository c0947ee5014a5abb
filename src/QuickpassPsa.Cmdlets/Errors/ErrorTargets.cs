using System;
using System.Management.Automation;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Errors
{
    /// <summary>
    /// Who an error of one item is about, in its message. A PSA failure of a create or an update (HTTP 500 on POST .../contacts)
    /// said only what the request was, so a job's log of many rows could not tell whose contact failed (round 61b): the message
    /// shown (ErrorDetails) names the account, and for a row its contact, unless it already does. The exception keeps the PSA's
    /// own words; TargetObject stays the item itself.
    /// </summary>
    internal static class ErrorTargets
    {
        /// <summary>
        /// "Ann Lee &lt;ann.lee@contoso.com&gt;" for an account; a row's account and its contact's id; a contact; null for anything else.
        /// A character that would not show as itself (a zero-width space, a tag character U+E0041, a line separator) is written as its
        /// code point, &lt;U+E0041&gt;, as the message after it writes it (round 74b: "For Zed\U000E0041 Four" was printed raw).
        /// </summary>
        public static string? Describe(object? target)
        {
            switch (target)
            {
                case PSObject wrapped:
                    return Describe(wrapped.BaseObject);
                case ContactMatch row:
                    var account = AccountText.Shown(row.Account.ToString());
                    return row.Contact == null ? account : account + " (contact [" + row.Contact.Id + "])";
                case Account account1:
                    var text = AccountText.Shown(account1.ToString());
                    return text.Length == 0 ? null : text;
                case PsaContact contact:
                    return "contact " + AccountText.Shown(contact.ToString());
                default:
                    return null;
            }
        }

        /// <summary>The record, its shown message led by "For &lt;who&gt;: " when it does not name its target already.</summary>
        public static ErrorRecord Named(ErrorRecord record)
        {
            var who = Describe(record.TargetObject);
            var message = record.ErrorDetails?.Message ?? record.Exception.Message;
            if (who == null || message.IndexOf(Plain(who), StringComparison.OrdinalIgnoreCase) >= 0) return record;
            record.ErrorDetails = new ErrorDetails("For " + who + ": " + message) { RecommendedAction = record.ErrorDetails?.RecommendedAction };
            return record;
        }

        /// <summary>The part of the description a message that names the item would hold: the account's address, else its text.</summary>
        private static string Plain(string who)
        {
            var open = who.IndexOf('<');
            var close = open < 0 ? -1 : who.IndexOf('>', open);
            return close > open + 1 ? who.Substring(open + 1, close - open - 1) : who;
        }
    }
}
