using System.Management.Automation;
using System.Security;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Parameters
{
    /// <summary>
    /// Lets a SecureString parameter also take plain text, for values that are identifiers rather than
    /// secrets: the ConnectWise public key works like a user name (it is shown in ConnectWise's own UI), so
    /// making scripts wrap it in a SecureString only teaches them ConvertTo-SecureString -AsPlainText.
    /// Never put this on a secret (the private key stays SecureString only).
    /// </summary>
    public sealed class PlainTextToSecureStringAttribute : ArgumentTransformationAttribute
    {
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            return value is string text ? Secrets.ToSecure(text) : inputData;
        }
    }
}
