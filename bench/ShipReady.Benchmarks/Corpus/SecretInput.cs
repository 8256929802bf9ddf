namespace ShipReady.Benchmarks.Corpus;

/// <summary>The three texts the secret scanner meets, from cheapest to dearest.</summary>
public enum SecretInput
{
    /// <summary>Code in which no line holds a literal that a key format starts with: each file is settled by one vectorised search.</summary>
    Clean,

    /// <summary>The generated code as it is: URLs and the like pass the prefilter, so lines are read one by one, but none holds a key.</summary>
    Candidates,

    /// <summary>The same code with a committed key every hundred lines.</summary>
    Secrets,
}
