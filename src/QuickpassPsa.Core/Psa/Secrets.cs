using System;
using System.Runtime.InteropServices;
using System.Security;

namespace QuickpassPsa.Core.Psa
{
    /// <summary>
    /// Credentials stay SecureStrings until the moment a request header is built; the plain text lives only
    /// in that header and is registered with the connection's redactor so it never reaches a message.
    /// </summary>
    internal static class Secrets
    {
        public static string Reveal(SecureString value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(value);
                return Marshal.PtrToStringUni(pointer) ?? string.Empty;
            }
            finally
            {
                if (pointer != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }

        public static SecureString ToSecure(string value)
        {
            var secure = new SecureString();
            foreach (var c in value) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }
    }
}
