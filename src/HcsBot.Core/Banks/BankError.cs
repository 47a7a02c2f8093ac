namespace HcsBot.Core.Banks;

/// <summary>One problem in a bank file, located precisely enough for an author to fix it.</summary>
public sealed record BankError(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line} {Field}: {Message}";
}
