namespace QuickpassPsa.Core.Psa
{
    public enum PsaKind
    {
        ConnectWise,
        Autotask,
    }
}
