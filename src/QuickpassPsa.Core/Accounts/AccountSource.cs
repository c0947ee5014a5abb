namespace QuickpassPsa.Core.Accounts
{
    /// <summary>Where an <see cref="Account"/> was read from.</summary>
    public enum AccountSource
    {
        Unknown = 0,
        CsvFile,
        JsonFile,
        ActiveDirectory,
        EntraId,
        PipelineObject,
    }
}
