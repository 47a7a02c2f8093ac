namespace HcsBot.Core.Scheduling;

/// <summary>FSRS's model of a memory: stability in days and difficulty from 1 to 10.</summary>
internal readonly record struct MemoryState(double Stability, double Difficulty);
