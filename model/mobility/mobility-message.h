/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_MOBILITY_MESSAGE_H
#define WLC_MOBILITY_MESSAGE_H

#include "mobility-header.h"

#include "ns3/ipv4-address.h"
#include "ns3/ipv6-address.h"
#include "ns3/mac48-address.h"
#include "ns3/nstime.h"
#include "ns3/ptr.h"

#include <array>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

/**
 * \file
 * \ingroup wlc
 * The messages of the inter-controller mobility protocol: one struct per body and
 * MobilityMessage, which holds the common header (mobility-header.h) and one body.
 *
 * Every body starts, at offset 56, with the sender's management ("switch") IP address. Strings
 * are a length byte followed by a fixed, zero-padded field; the padding and every reserved byte
 * are written as 0 and ignored on decode. Offsets below are from the start of the message.
 */

namespace ns3
{

class Packet;

/**
 * MobileAnnounce (type 3, 116 bytes): a controller asks the group who knows a client.
 *
 *     56 sender management IP (u32)  60 sender management MAC (6)  66 WLAN id (u16)
 *     68 SSID length (u8, 1..32)     69 SSID (32)                 101 BSSID (6)
 *    107 PEM state (u8)             108 VLAN id (u16)             110 reserved (6)
 */
struct MobileAnnounceBody
{
    static constexpr MobilityMessageType TYPE = MobilityMessageType::MOBILE_ANNOUNCE; //!< 3
    static constexpr std::size_t SIZE = 116;           //!< total message size
    static constexpr std::size_t MAX_SSID_LENGTH = 32; //!< largest SSID
    Ipv4Address senderIp{Ipv4Address::GetZero()};      //!< sender (switch) management IP
    Mac48Address senderMac;                            //!< sender management MAC
    uint16_t wlanId{0};                                //!< WLAN id of the association
    std::string ssid;                                  //!< SSID, 1..32 bytes
    Mac48Address bssid;                                //!< BSSID the client associated with
    uint8_t pemState{mobility::PEM_START};             //!< client's PEM state at the sender
    uint16_t vlanId{0};                                //!< sender's VLAN id for the WLAN
};

/**
 * MobileHandoff (type 5, 546 bytes): the whole client context, sent by the controller that
 * knows the client (its Local or Anchor) to the controller the client moved to.
 *
 *     56 sender management IP (u32)   60 sender management MAC (6)  66 reserved (u16)
 *     68 anchor IP (u32)              72 anchor MAC (6)             78 reserved (u16)
 *     80 code (u8)  81 sender role (u8)  82 reason (u8)  83 reserved (u8)
 *     84 WLAN id (u16)  86 SSID length (u8)  87 SSID (32)
 *    119 profile name length (u8)    120 profile name (32)
 *    152 interface name length (u8)  153 interface name (32)
 *    185 VLAN id (u16)  187 access VLAN (u16)  189 quarantine VLAN (u16)
 *    191 client IP (u32)  195 client netmask (u32)  199 default gateway IP (u32)
 *    203 default gateway MAC (6)  209 DHCP server (u32)  213 reserved (u16)
 *    215 PEM state  216 NAC OOB state  217 security policy completed  218 policy type
 *    219 key management  220 cipher  221 EAP type  222 reserved (all u8)
 *    223 PMKID (16)  239 PMK (32)
 *    271 move count (u32)  275 connected since (u64, ns)  283 association id (u16)
 *    285 capability information (u16)  287 supported rates count (u8)  288 rates (16)
 *    304 username length (u8)  305 username (64)
 *    369 session timeout (u32, s)  373 QoS level (u8)  374 WMM (u8)  375 802.1p tag (u8)
 *    376 reserved (u8)  377 ACL name length (u8)  378 ACL name (32)
 *    410 IPv6 address count (u8)  411 reserved (7)  418 IPv6 addresses (8 x 16)
 */
struct MobileHandoffBody
{
    static constexpr MobilityMessageType TYPE = MobilityMessageType::MOBILE_HANDOFF; //!< 5
    static constexpr std::size_t SIZE = 546;               //!< total message size
    static constexpr std::size_t MAX_NAME_LENGTH = 32;     //!< SSID, profile, interface, ACL
    static constexpr std::size_t MAX_USERNAME_LENGTH = 64; //!< largest username
    static constexpr std::size_t MAX_RATES = 16;           //!< most supported rates
    static constexpr std::size_t MAX_IPV6_ADDRESSES = 8;   //!< most IPv6 addresses

    /// \name code
    /// \{
    static constexpr uint8_t CODE_HANDOFF = 1;            //!< Handoff
    static constexpr uint8_t CODE_HANDOFF_INDICATION = 2; //!< Handoff Indication
    /// \}
    /// \name sender role
    /// \{
    static constexpr uint8_t ROLE_LOCAL = 1;   //!< Local
    static constexpr uint8_t ROLE_ANCHOR = 2;  //!< Anchor
    static constexpr uint8_t ROLE_FOREIGN = 3; //!< Foreign
    /// \}
    /// \name NAC OOB state
    /// \{
    static constexpr uint8_t NAC_ACCESS = 0;     //!< Access
    static constexpr uint8_t NAC_QUARANTINE = 1; //!< Quarantine
    /// \}
    /// \name policy type
    /// \{
    static constexpr uint8_t POLICY_NONE = 0; //!< None
    static constexpr uint8_t POLICY_WPA2 = 1; //!< WPA2
    /// \}
    /// \name key management
    /// \{
    static constexpr uint8_t AKM_NONE = 0;     //!< None
    static constexpr uint8_t AKM_PSK = 1;      //!< PSK
    static constexpr uint8_t AKM_8021X = 2;    //!< 802.1X
    static constexpr uint8_t AKM_FT_PSK = 3;   //!< FT-PSK
    static constexpr uint8_t AKM_FT_8021X = 4; //!< FT-802.1X
    static constexpr uint8_t AKM_CCKM = 5;     //!< CCKM
    /// \}
    /// \name cipher
    /// \{
    static constexpr uint8_t CIPHER_NONE = 0; //!< None
    static constexpr uint8_t CIPHER_CCMP = 1; //!< CCMP (AES)
    /// \}
    /// \name EAP type (IANA EAP method types)
    /// \{
    static constexpr uint8_t EAP_PEAP = 25; //!< PEAP (the RADIUS server's modelled method)
    /// \}
    /// \name QoS level
    /// \{
    static constexpr uint8_t QOS_PLATINUM = 0; //!< Platinum
    static constexpr uint8_t QOS_GOLD = 1;     //!< Gold
    static constexpr uint8_t QOS_SILVER = 2;   //!< Silver
    static constexpr uint8_t QOS_BRONZE = 3;   //!< Bronze
    /// \}

    Ipv4Address senderIp{Ipv4Address::GetZero()}; //!< sender (switch) management IP
    Mac48Address senderMac;                       //!< sender management MAC
    Ipv4Address anchorIp{Ipv4Address::GetZero()}; //!< the client's anchor controller
    Mac48Address anchorMac;                       //!< the anchor's management MAC
    uint8_t code{CODE_HANDOFF};                   //!< CODE_HANDOFF or CODE_HANDOFF_INDICATION
    uint8_t senderRole{ROLE_LOCAL};               //!< ROLE_LOCAL, ROLE_ANCHOR or ROLE_FOREIGN
    uint8_t reason{0};                            //!< reason (any value)
    uint16_t wlanId{0};                           //!< WLAN id
    std::string ssid;                             //!< SSID, 1..32 bytes
    std::string profileName;                      //!< WLAN profile name, 0..32 bytes
    std::string interfaceName;                    //!< interface the client is on, 0..32 bytes
    uint16_t vlanId{0};                           //!< VLAN of that interface
    uint16_t accessVlan{0};                       //!< access VLAN (the client's home VLAN)
    uint16_t quarantineVlan{0};                   //!< quarantine VLAN
    Ipv4Address clientIp{Ipv4Address::GetZero()}; //!< client IP address
    Ipv4Mask clientMask{Ipv4Mask::GetZero()};     //!< client netmask (contiguous)
    Ipv4Address defaultGatewayIp{Ipv4Address::GetZero()}; //!< client's default gateway
    Mac48Address defaultGatewayMac;                       //!< MAC of that gateway
    Ipv4Address dhcpServer{Ipv4Address::GetZero()};       //!< DHCP server that gave the address
    uint8_t pemState{mobility::PEM_START};                //!< PEM state (mobility::PEM_*)
    uint8_t nacState{NAC_ACCESS};        //!< NAC OOB state, NAC_ACCESS/NAC_QUARANTINE
    bool securityPolicyCompleted{false}; //!< security policy completed
    uint8_t policyType{POLICY_NONE};     //!< POLICY_NONE or POLICY_WPA2
    uint8_t keyManagement{AKM_NONE};     //!< AKM_NONE .. AKM_CCKM
    uint8_t cipher{CIPHER_NONE};         //!< CIPHER_NONE or CIPHER_CCMP
    uint8_t eapType{0};                  //!< EAP type (0 unknown; any value)
    std::array<uint8_t, 16> pmkid{};     //!< PMKID
    std::array<uint8_t, 32> pmk{};       //!< PMK
    uint32_t moveCount{0};               //!< inter-controller moves so far
    Time connectedSince;                 //!< when the client first associated to the group (>= 0)
    uint16_t associationId{0};           //!< 802.11 association id
    uint16_t capabilityInfo{0};          //!< 802.11 capability information
    std::vector<uint8_t> supportedRates; //!< 802.11 rate octets (500 kb/s units, 0x80 basic)
    std::string username;                //!< username, 0..64 bytes
    uint32_t sessionTimeout{0};          //!< session timeout (s)
    uint8_t qosLevel{QOS_SILVER};        //!< QOS_PLATINUM .. QOS_BRONZE
    bool wmm{false};                     //!< WMM enabled
    uint8_t dot1pTag{0};                 //!< 802.1p priority tag (any value)
    std::string aclName;                 //!< ACL name, 0..32 bytes
    std::vector<Ipv6Address> ipv6Addresses; //!< the client's IPv6 addresses, 0..8
};

/**
 * MobileHandoffAck (type 6) and MobileAnchorUpdateAck (type 9), 64 bytes.
 *
 *     56 sender management IP (u32)  60 status (u8)  61 reason (u8)  62 reserved (u16)
 */
struct MobileHandoffAckBody
{
    static constexpr std::size_t SIZE = 64;       //!< total message size
    static constexpr uint8_t STATUS_ACCEPTED = 0; //!< accepted
    static constexpr uint8_t STATUS_REFUSED = 1;  //!< refused
    Ipv4Address senderIp{Ipv4Address::GetZero()}; //!< sender management IP
    uint8_t status{STATUS_ACCEPTED};              //!< STATUS_ACCEPTED or STATUS_REFUSED
    uint8_t reason{0};                            //!< reason (any value)
};

/**
 * MobileAnchorUpdate (type 8, 72 bytes): the new foreign controller tells the anchor where the
 * client is now.
 *
 *     56 sender management IP (u32)  60 sender management MAC (6)  66 reserved (u16)
 *     68 move count (u32)
 */
struct MobileAnchorUpdateBody
{
    static constexpr MobilityMessageType TYPE = MobilityMessageType::MOBILE_ANCHOR_UPDATE; //!< 8
    static constexpr std::size_t SIZE = 72;       //!< total message size
    Ipv4Address senderIp{Ipv4Address::GetZero()}; //!< sender (new foreign) management IP
    Mac48Address senderMac;                       //!< sender management MAC
    uint32_t moveCount{0};                        //!< the client's move count after this move
};

/**
 * MobileKeepAlive (type 10) and MobileKeepAliveAck (type 11), 68 bytes: member liveness.
 *
 *     56 sender management IP (u32)  60 sender management MAC (6)  66 member count (u16)
 */
struct MobileKeepAliveBody
{
    static constexpr std::size_t SIZE = 68;       //!< total message size
    Ipv4Address senderIp{Ipv4Address::GetZero()}; //!< sender management IP
    Mac48Address senderMac;                       //!< sender management MAC
    uint16_t memberCount{0};                      //!< members the sender knows
};

/**
 * MobileClientDelete (type 12, 64 bytes): an anchor tells a foreign controller to drop a client
 * it no longer anchors (also sent when an anchor removes a client).
 *
 *     56 sender management IP (u32)  60 reason (u8)  61 reserved (3)
 */
struct MobileClientDeleteBody
{
    static constexpr MobilityMessageType TYPE = MobilityMessageType::MOBILE_CLIENT_DELETE; //!< 12
    static constexpr std::size_t SIZE = 64;       //!< total message size
    Ipv4Address senderIp{Ipv4Address::GetZero()}; //!< sender management IP
    uint8_t reason{0};                            //!< reason (any value)
};

/**
 * MobilePmkUpdate (type 13, 172 bytes): a controller that authenticated a client with 802.1X
 * gives the client's PMK to every member, so that the client's next roam to any of them needs
 * only the 4-way handshake (PMK caching across the group; no acknowledgement: a lost update
 * costs one full authentication).
 *
 *     56 sender management IP (u32)  60 sender management MAC (6)  66 reserved (u16)
 *     68 PMK (32)  100 lifetime (u32, s)  104 username length (u8)  105 username (64)
 *    169 EAP type (u8)  170 reserved (u16)
 */
struct MobilePmkUpdateBody
{
    static constexpr MobilityMessageType TYPE = MobilityMessageType::MOBILE_PMK_UPDATE; //!< 13
    static constexpr std::size_t SIZE = 172;               //!< total message size
    static constexpr std::size_t MAX_USERNAME_LENGTH = 64; //!< largest username
    Ipv4Address senderIp{Ipv4Address::GetZero()};          //!< sender management IP
    Mac48Address senderMac;                                //!< sender management MAC
    std::array<uint8_t, 32> pmk{};                         //!< the PMK
    uint32_t lifetime{0};                                  //!< seconds it stays valid
    std::string username;                                  //!< the identity, 0..64 bytes
    uint8_t eapType{0};                                    //!< EAP method (25: PEAP)
};

/**
 * MobileFtKeyUpdate (type 14, 176 bytes): the R0KH of a client's 802.11r key hierarchy (the
 * controller of its FT initial mobility domain association) gives the client's PMK-R0 to every
 * member, so that any of them can act as R1KH for the client's next FT roam (as Cisco
 * controllers share the FT keys in their mobility group; no acknowledgement: a lost update makes
 * the roam fall back to a full authentication).
 *
 *     56 sender management IP (u32)  60 sender management MAC (6)  66 MDID (u16, the octets as
 *     on the air)  68 AKM suite (u32)  72 PMK-R0 (32)  104 PMKR0Name (16)  120 lifetime (u32, s)
 *    124 R0KH-ID length (u8)  125 R0KH-ID (48)  173 reserved (3)
 */
struct MobileFtKeyUpdateBody
{
    static constexpr MobilityMessageType TYPE = MobilityMessageType::MOBILE_FT_KEY_UPDATE; //!< 14
    static constexpr std::size_t SIZE = 176;              //!< total message size
    static constexpr std::size_t MAX_R0KH_ID_LENGTH = 48; //!< longest R0KH-ID
    Ipv4Address senderIp{Ipv4Address::GetZero()};         //!< sender management IP
    Mac48Address senderMac;                               //!< sender management MAC
    uint16_t mdid{0};                                     //!< mobility domain (low byte first)
    uint32_t akm{0}; //!< 00-0F-AC:3 (FT-802.1X) or :4 (FT-PSK); Decode rejects any other
    std::array<uint8_t, 32> pmkR0{};     //!< PMK-R0
    std::array<uint8_t, 16> pmkR0Name{}; //!< PMKR0Name
    uint32_t lifetime{0};                //!< seconds it stays valid (1 or more; Decode checks)
    std::string r0khId;                  //!< R0KH-ID, 1..48 octets
};

/**
 * \ingroup wlc
 * One mobility message: the common header and exactly one body.
 *
 * Build one with a Create* factory, which sets the header's type (or with Create(), which
 * takes it from the header); read the body with GetBody<T>(), which returns nullptr for another
 * kind of body. MobileHandoffAckBody serves types 6 and 9, MobileKeepAliveBody types 10 and 11.
 *
 * Encode() writes the length field (the size of the type) and aborts on a field that cannot be
 * encoded (a string or list over its maximum, an enumerated value out of range, a non-contiguous
 * netmask, a negative connectedSince), which is a programming error: whatever Encode() writes,
 * Decode() accepts. Decode() never reads past the bytes and checks everything listed there.
 */
class MobilityMessage
{
  public:
    /// The body kinds; std::monostate until a body is set.
    using Body = std::variant<std::monostate,
                              MobileAnnounceBody,
                              MobileHandoffBody,
                              MobileHandoffAckBody,
                              MobileAnchorUpdateBody,
                              MobileKeepAliveBody,
                              MobileClientDeleteBody,
                              MobilePmkUpdateBody,
                              MobileFtKeyUpdateBody>;

    /// A message without a body (Encode() aborts on it); Decode() fills it.
    MobilityMessage() = default;

    /**
     * The generic factory, for code that chooses the type at run time.
     * \param header the header; its type is the message type
     * \param body a body that fits that type (MobileHandoffAckBody for 6 and 9,
     *        MobileKeepAliveBody for 10 and 11), or std::monostate to set it later with
     *        SetBody(); aborts on a body of another kind
     * \return the message
     */
    static MobilityMessage Create(const MobilityHeader& header, Body body);
    /// \param header the header \param body the body \return a MobileAnnounce (3)
    static MobilityMessage CreateAnnounce(const MobilityHeader& header,
                                          const MobileAnnounceBody& body);
    /// \param header the header \param body the body \return a MobileHandoff (5)
    static MobilityMessage CreateHandoff(const MobilityHeader& header,
                                         const MobileHandoffBody& body);
    /// \param header the header \param body the body \return a MobileHandoffAck (6)
    static MobilityMessage CreateHandoffAck(const MobilityHeader& header,
                                            const MobileHandoffAckBody& body);
    /// \param header the header \param body the body \return a MobileAnchorUpdate (8)
    static MobilityMessage CreateAnchorUpdate(const MobilityHeader& header,
                                              const MobileAnchorUpdateBody& body);
    /// \param header the header \param body the body \return a MobileAnchorUpdateAck (9)
    static MobilityMessage CreateAnchorUpdateAck(const MobilityHeader& header,
                                                 const MobileHandoffAckBody& body);
    /// \param header the header \param body the body \return a MobileKeepAlive (10)
    static MobilityMessage CreateKeepAlive(const MobilityHeader& header,
                                           const MobileKeepAliveBody& body);
    /// \param header the header \param body the body \return a MobileKeepAliveAck (11)
    static MobilityMessage CreateKeepAliveAck(const MobilityHeader& header,
                                              const MobileKeepAliveBody& body);
    /// \param header the header \param body the body \return a MobileClientDelete (12)
    static MobilityMessage CreateClientDelete(const MobilityHeader& header,
                                              const MobileClientDeleteBody& body);
    /// \param header the header \param body the body \return a MobilePmkUpdate (13)
    static MobilityMessage CreatePmkUpdate(const MobilityHeader& header,
                                           const MobilePmkUpdateBody& body);
    /// \param header the header \param body the body \return a MobileFtKeyUpdate (14)
    static MobilityMessage CreateFtKeyUpdate(const MobilityHeader& header,
                                             const MobileFtKeyUpdateBody& body);

    /// \return the message type (the header's type)
    MobilityMessageType GetType() const;
    /// \return the header (its type must stay consistent with the body)
    MobilityHeader& GetHeader();
    /// \return the header
    const MobilityHeader& GetHeader() const;

    /// \return the body, or nullptr if the message holds another kind of body
    template <class T>
    const T* GetBody() const
    {
        return std::get_if<T>(&m_body);
    }

    /// \return the body, or nullptr if the message holds another kind of body
    template <class T>
    T* GetBody()
    {
        return std::get_if<T>(&m_body);
    }

    /// \return the body variant
    const Body& GetBodyVariant() const;
    /// \param body the new body; aborts unless it fits GetType() (see Create)
    void SetBody(Body body);
    /// \return the sender's management (switch) IP, the first field of every body
    Ipv4Address GetSenderIp() const;
    /// \return the size of the encoded message (the length field); 0 without a body
    std::size_t GetSerializedSize() const;

    /// \return the byte image
    std::vector<uint8_t> Encode() const;
    /// \return a new packet holding the byte image
    Ptr<Packet> ToPacket() const;
    /**
     * Decode a datagram. Checks: size >= 56, version 1, known type, length field == datagram
     * size == the size of the type, string lengths within their fields (SSID 1..32), counts
     * within limits (rates <= 16, IPv6 addresses <= 8), enumerated fields in range, netmasks
     * contiguous, connected since <= 2^63 - 1 ns.
     * \param bytes the UDP payload
     * \param out the message (undefined on failure)
     * \param why on failure, a short reason
     * \return true if the message is valid
     */
    static bool Decode(const std::vector<uint8_t>& bytes, MobilityMessage& out, std::string& why);
    /// \param packet the UDP payload \param out the message \param why reason on failure
    /// \return true if valid (see Decode)
    static bool FromPacket(Ptr<const Packet> packet, MobilityMessage& out, std::string& why);

    /**
     * The header lines that a Cisco controller's `debug mobility handoff` prints for a message
     * sent or received (without the time stamp and client MAC prefix of the log):
     *
     *     type: 3(MobileAnnounce)  subtype: 0  version: 1  xid: 25  seq: 101  len 116 flags 0
     *     group id: d7f8a4f2 cb038b78 641818bb a26869b4
     *     mobile MAC: ab:26:96:3e:4b:ee, IP: 0.0.0.0, instance: 0
     *     VLAN IP: 10.99.84.3, netmask: 255.255.255.0
     *
     * \param withSwitchIp also append "Switch IP: 10.99.82.1" (the sender management IP), which
     *        the reference log prints after the header of a received MobileAnnounce/Handoff
     * \return the lines, without line terminators
     */
    std::vector<std::string> FormatDebug(bool withSwitchIp = false) const;

  private:
    /// \param type the type \param header the header \param body the body \return the message
    static MobilityMessage Make(MobilityMessageType type, const MobilityHeader& header, Body body);

    MobilityHeader m_header; //!< common header
    Body m_body;             //!< the body
};

} // namespace ns3

#endif /* WLC_MOBILITY_MESSAGE_H */
