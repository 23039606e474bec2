namespace JobConnect.Domain.Common;

/// <summary>Base for entities with a database-generated integer key.</summary>
public abstract class Entity
{
    public int Id { get; set; }
}
