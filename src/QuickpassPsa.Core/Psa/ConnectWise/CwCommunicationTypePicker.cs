using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// Which setup-table type a new contact's email and mobile items use. Every candidate must carry the
    /// matching flag, since the server derives an item's communicationType from its type's flags: a type named
    /// "Email" without emailFlag would store the address as a phone number.
    /// <list type="bullet">
    /// <item>Email: description exactly "Email"; else "Email" with stray spaces or in another case (" email"); else an
    /// emailFlag type with defaultFlag; else any emailFlag type.</item>
    /// <item>Mobile: description exactly "Mobile"; else exactly "Cell"; else either with stray spaces or in another case
    /// ("Mobile "); else a phoneFlag type named like a mobile (CwMobileNames: "Mobile Phone", "Handy", "Móvil"...).</item>
    /// </list>
    /// Ties go to the lowest id, so the choice is stable.
    /// </summary>
    internal static class CwCommunicationTypePicker
    {
        public static CwCommunicationType? Email(IEnumerable<CwCommunicationType> types)
        {
            var candidates = types.Where(t => t.EmailFlag).OrderBy(t => t.Id).ToList();
            return candidates.FirstOrDefault(t => CwMobileNames.IsExact(t.Description, "Email"))
                ?? candidates.FirstOrDefault(t => CwMobileNames.IsExactly(t.Description, "Email"))
                ?? candidates.FirstOrDefault(t => t.DefaultFlag)
                ?? candidates.FirstOrDefault();
        }

        public static CwCommunicationType? Mobile(IEnumerable<CwCommunicationType> types)
        {
            var candidates = types.Where(t => t.PhoneFlag).OrderBy(t => t.Id).ToList();
            return candidates.FirstOrDefault(t => CwMobileNames.IsExact(t.Description, "Mobile"))
                ?? candidates.FirstOrDefault(t => CwMobileNames.IsExact(t.Description, "Cell"))
                ?? candidates.FirstOrDefault(t => CwMobileNames.IsExactly(t.Description, "Mobile"))
                ?? candidates.FirstOrDefault(t => CwMobileNames.IsExactly(t.Description, "Cell"))
                ?? candidates.FirstOrDefault(t => CwMobileNames.LooksLikeMobile(t.Description));
        }
    }
}
