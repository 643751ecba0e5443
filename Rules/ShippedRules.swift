public enum PackFiles {}
