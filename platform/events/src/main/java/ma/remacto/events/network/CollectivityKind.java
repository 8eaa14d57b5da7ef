package ma.remacto.events.network;

/** The three kinds of territorial collectivity that may join the network. */
public enum CollectivityKind {
    /** جهة */
    REGION,
    /** مجلس عمالة / مجلس إقليمي */
    PREFECTURE_OR_PROVINCE,
    /** جماعة */
    COMMUNE
}
