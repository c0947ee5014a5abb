namespace QuickpassPsa.Simulator;

/// <summary>A seed document that cannot be loaded; the message says which record and why.</summary>
public sealed class SeedException : Exception
{
    public SeedException(string message)
        : base(message)
    {
    }
}
