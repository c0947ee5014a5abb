using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Psa.Writes;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// One communication item of a ConnectWise contact as the read took it (<see cref="CwMapper.Contact"/>): plain data, so a
    /// <see cref="PsaContact"/> carries its items (internal, never serialised) and Update-PsaContact's preview can say which item a
    /// change writes into, and under which type, by the same rule as the write (<see cref="CwUpdatePlan"/>).
    /// </summary>
    internal sealed class CwItemRef
    {
        public long? Id { get; set; }
        public int? TypeId { get; set; }

        /// <summary>The type's name as the item carries it (the setup table's description).</summary>
        public string? TypeName { get; set; }

        public string? Value { get; set; }
        public bool Default { get; set; }

        /// <summary>What the item is (<see cref="CwItemKinds.Of"/>).</summary>
        public CwItemKind Kind { get; set; }

        /// <summary>A phone item read as a mobile (<see cref="CwItemKinds.IsMobile"/>).</summary>
        public bool Mobile { get; set; }

        public static CwItemRef From(JObject item, ICollection<int>? mixedTypes)
        {
            var typeId = CwJson.Long(item["type"], "id");
            return new CwItemRef
            {
                Id = CwJson.Long(item, "id"),
                TypeId = typeId is long id && id >= int.MinValue && id <= int.MaxValue ? (int)id : (int?)null,
                TypeName = CwJson.String(item["type"], "name"),
                Value = CwJson.String(item, "value")?.Trim(),
                Default = CwJson.Bool(item, "defaultFlag") == true,
                Kind = CwItemKinds.Of(item, mixedTypes),
                Mobile = CwItemKinds.IsMobile(item, mixedTypes),
            };
        }
    }

    /// <summary>
    /// What an update does to a ConnectWise contact's items, decided before anything is sent, alike for Update-PsaContact's preview
    /// (-WhatIf, the change objects) and for the write (<see cref="ConnectWiseClient.UpdateContactAsync"/>).
    /// <para>
    /// Email: the item holding the address replaced (<see cref="ContactUpdate.ReplacesEmail"/>), else the default email item, else
    /// the first; a new item when the contact has none, or when the address is added beside personal ones. Mobile: the item read as the
    /// mobile (the default one first); a new item when there is none. A new item goes under the type the rule for new items picks
    /// (<see cref="CwCommunicationTypePicker"/>: Email; Mobile, else Cell...; never a type with the flags of two kinds).
    /// </para>
    /// <para>
    /// An item the update changes that sits under a type that is not a clean one of its kind (the email flag and the phone or fax flag:
    /// Test-CwCommunicationType's MixedFlags) moves, in the same PATCH, to the type a new item would get, with the new value: ConnectWise
    /// stores what is filed under such a type as its first kind, an email, so a new mobile written into it in place was never read back as
    /// the mobile and the next run wrote it again (round 70b). When no clean type can take it, <see cref="Problem"/> says so, and nothing of
    /// the row is written. Items the update does not change stay where they are.
    /// </para>
    /// </summary>
    internal sealed class CwUpdatePlan
    {
        private CwUpdatePlan()
        {
        }

        /// <summary>The email item the update writes into; null for a new item (or no email change).</summary>
        public CwItemRef? EmailItem { get; private set; }

        /// <summary>The mobile item the update writes into; null for a new item (or no mobile change).</summary>
        public CwItemRef? MobileItem { get; private set; }

        /// <summary>The type of a new email item, or the one <see cref="EmailItem"/> moves to; null when the item keeps its type.</summary>
        public CwCommunicationType? EmailType { get; private set; }

        /// <summary>The type of a new mobile item, or the one <see cref="MobileItem"/> moves to; null when the item keeps its type.</summary>
        public CwCommunicationType? MobileType { get; private set; }

        /// <summary>Why the update cannot be written (no type for a new item or for a move), or null.</summary>
        public string? Problem { get; private set; }

        public bool NewEmail { get; private set; }
        public bool NewMobile { get; private set; }
        public bool MovesEmail => EmailItem != null && EmailType != null;
        public bool MovesMobile => MobileItem != null && MobileType != null;

        /// <summary>The items the update writes into, and whether any is a new one (the setup table is then needed).</summary>
        public static CwUpdatePlan Targets(IReadOnlyList<CwItemRef> items, ContactUpdate update)
        {
            var plan = new CwUpdatePlan();
            if (update.Email != null)
            {
                var emails = items.Where(i => i.Kind == CwItemKind.Email && i.Id != null).ToList();
                plan.EmailItem = update.AddsEmail
                    ? null
                    : emails.FirstOrDefault(i => ReplacedEmail.Same(i.Value, update.ReplacesEmail)) ?? emails.OrderBy(i => i.Default ? 0 : 1).FirstOrDefault();
                plan.NewEmail = plan.EmailItem == null;
            }
            if (update.MobilePhone != null)
            {
                plan.MobileItem = items.Where(i => i.Mobile && i.Id != null).OrderBy(i => i.Default ? 0 : 1).FirstOrDefault();
                plan.NewMobile = plan.MobileItem == null;
            }
            return plan;
        }

        /// <summary>
        /// The plan with the setup table: the types of new items, the moves, or the problem. <paramref name="types"/> null (a table the
        /// API member may not read) leaves every item where it is; the caller refuses a new item then.
        /// </summary>
        public static CwUpdatePlan For(IReadOnlyList<CwItemRef> items, ContactUpdate update, IReadOnlyList<CwCommunicationType>? types)
        {
            var plan = Targets(items, update);
            if (types == null) return plan;
            if (plan.NewEmail || plan.NewMobile)
            {
                plan.Problem = NewItemProblem(types, plan.NewEmail, plan.NewMobile);
                if (plan.Problem != null) return plan;
                if (plan.NewEmail) plan.EmailType = CwCommunicationTypePicker.Email(types);
                if (plan.NewMobile) plan.MobileType = CwCommunicationTypePicker.Mobile(types);
            }
            if (plan.EmailItem != null && Unclean(plan.EmailItem, types, CwCommunicationTypePicker.IsCleanEmail) is { } emailFrom)
            {
                plan.EmailType = CwCommunicationTypePicker.Email(types);
                if (plan.EmailType == null)
                {
                    plan.Problem = MoveProblem(plan.EmailItem, emailFrom, false, CwCommunicationTypePicker.EmailProblem(types));
                    return plan;
                }
            }
            if (plan.MobileItem != null && Unclean(plan.MobileItem, types, CwCommunicationTypePicker.IsCleanPhone) is { } mobileFrom)
            {
                plan.MobileType = CwCommunicationTypePicker.Mobile(types);
                if (plan.MobileType == null)
                {
                    plan.Problem = MoveProblem(plan.MobileItem, mobileFrom, true, CwCommunicationTypePicker.MobileProblem(types));
                    return plan;
                }
            }
            return plan;
        }

        /// <summary>Why a new email (mobile) item has no type to go under, or null.</summary>
        internal static string? NewItemProblem(IReadOnlyList<CwCommunicationType> types, bool email, bool mobile)
        {
            if (email && CwCommunicationTypePicker.Email(types) == null)
            {
                return CwCommunicationTypePicker.EmailProblem(types) ??
                    "The ConnectWise communication types setup table has no email type, so the contact's new address cannot be stored. Add or repair one (Repair-CwCommunicationType).";
            }
            if (mobile && CwCommunicationTypePicker.Mobile(types) == null)
            {
                return CwCommunicationTypePicker.MobileProblem(types) ??
                    "The ConnectWise communication types setup table has no mobile phone type (described Mobile or Cell, or named like a mobile, with the phone flag), so the contact's " +
                    "new mobile number cannot be stored. Add or repair one (Repair-CwCommunicationType).";
            }
            return null;
        }

        /// <summary>The item's type from the table when it is not a clean one of the item's kind; null when it is, or is not in the table.</summary>
        private static CwCommunicationType? Unclean(CwItemRef item, IReadOnlyList<CwCommunicationType> types, Func<CwCommunicationType, bool> clean)
        {
            if (item.TypeId == null) return null;
            var type = types.FirstOrDefault(t => t.Id == item.TypeId.Value);
            return type == null || clean(type) ? null : type;
        }

        private static string MoveProblem(CwItemRef item, CwCommunicationType from, bool mobile, string? pickProblem)
        {
            var flags = new List<string>();
            if (from.EmailFlag) flags.Add("email");
            if (from.PhoneFlag) flags.Add("phone");
            if (from.FaxFlag) flags.Add("fax");
            var text = "The contact's " + (mobile ? "mobile" : "address") + " '" + item.Value + "' is stored under the ConnectWise communication type '" + from.Description + "' (id " + from.Id +
                "), which has the " + string.Join(" and the ", flags) + " flags (Test-CwCommunicationType's MixedFlags): " +
                (mobile
                    ? "ConnectWise stores what is filed there as " + (from.EmailFlag ? "an email" : "a fax number") + ", never read back as the mobile, so the new mobile number is not written into that item"
                    : "what is stored under it may be an address or a number, so the new address is not written into that item") +
                "; it would move to the clean type a new " + (mobile ? "mobile" : "address") + " goes under, and the table has none.";
            // The type the rule for new items would take, when it is another one of two kinds (a mixed 'Mobile' beside this 'Cell').
            if (pickProblem != null && pickProblem.IndexOf("(id " + from.Id + ")", StringComparison.Ordinal) < 0) text += " " + pickProblem;
            return text + " Look at what '" + from.Description + "' holds (Get-CwCommunicationType -IncludeUsage) and, in ConnectWise (System > Setup Tables > Communication Type), " +
                "clear the flag that does not fit by hand, or add a type described " + (mobile ? "Mobile or Cell with the phone flag" : "Email with the email flag") +
                " only; then run Repair-CwCommunicationType.";
        }
    }
}
