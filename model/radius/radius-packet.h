/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_RADIUS_PACKET_H
#define WLC_RADIUS_PACKET_H

#include "ns3/ipv4-address.h"
#include "ns3/mac48-address.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * A RADIUS packet (RFC 2865 §3): Code (1 octet), Identifier (1), Length (2), Authenticator
 * (16), Attributes (Type 1, Length 1 including both, Value). Supports what IEEE 802.1X
 * pass-through needs: EAP-Message (RFC 2869 §5.13, RFC 3579 §3.1) split over attributes of
 * at most 253 octets, Message-Authenticator (HMAC-MD5, RFC 3579 §3.2), the Response
 * Authenticator (RFC 2865 §3), and MS-MPPE-Send-Key / MS-MPPE-Recv-Key (RFC 2548 §2.4.2 and
 * §2.4.3, Vendor-Specific with vendor 311, salt-encrypted).
 *
 * Encoding: EncodeRequest for Access-Request (the Authenticator field is the Request
 * Authenticator, which the caller sets at random), EncodeResponse for Access-Accept, -Reject
 * and -Challenge (the Response Authenticator is computed). Both fill in the value of a
 * Message-Authenticator attribute if the packet has one (SetEapMessage adds one).
 *
 * Decode checks: Length 20..4096 and no more than the bytes given (octets after Length are
 * padding and ignored, RFC 2865 §3), a known code, every attribute of Length >= 2 and within
 * the packet, the sizes of the attributes used here (integer and address attributes 6,
 * Message-Authenticator 18 and at most one, Vendor-Specific >= 7, text/string attributes >= 3).
 */
class RadiusPacket
{
  public:
    static constexpr std::size_t HEADER_SIZE = 20;               //!< Code .. Authenticator
    static constexpr std::size_t MIN_SIZE = 20;                  //!< RFC 2865 §3
    static constexpr std::size_t MAX_SIZE = 4096;                //!< RFC 2865 §3
    static constexpr std::size_t MAX_VALUE_SIZE = 253;           //!< attribute value octets
    static constexpr std::size_t AUTHENTICATOR_SIZE = 16;        //!< Authenticator field
    static constexpr uint16_t AUTH_PORT = 1812;                  //!< RFC 2865 §3
    static constexpr uint32_t VENDOR_MICROSOFT = 311;            //!< RFC 2548 §2
    static constexpr uint8_t MS_MPPE_SEND_KEY = 16;              //!< RFC 2548 §2.4.2
    static constexpr uint8_t MS_MPPE_RECV_KEY = 17;              //!< RFC 2548 §2.4.3
    static constexpr uint32_t NAS_PORT_TYPE_WIRELESS_80211 = 19; //!< RFC 2865 §5.41
    static constexpr uint32_t SERVICE_TYPE_FRAMED = 2;           //!< RFC 2865 §5.6

    /// The 16-octet Authenticator.
    using Authenticator = std::array<uint8_t, AUTHENTICATOR_SIZE>;

    /// Packet codes (RFC 2865 §3, RFC 5997).
    enum Code : uint8_t
    {
        ACCESS_REQUEST = 1,      //!< Access-Request
        ACCESS_ACCEPT = 2,       //!< Access-Accept
        ACCESS_REJECT = 3,       //!< Access-Reject
        ACCOUNTING_REQUEST = 4,  //!< Accounting-Request (RFC 2866; decoded, not used)
        ACCOUNTING_RESPONSE = 5, //!< Accounting-Response (RFC 2866; decoded, not used)
        ACCESS_CHALLENGE = 11,   //!< Access-Challenge
        STATUS_SERVER = 12,      //!< Status-Server (RFC 5997; decoded, not used)
    };

    /// Attribute types (RFC 2865 §5, RFC 2869 §5.13, RFC 3579 §3.2).
    enum AttributeType : uint8_t
    {
        USER_NAME = 1,              //!< User-Name (text)
        NAS_IP_ADDRESS = 4,         //!< NAS-IP-Address (address)
        NAS_PORT = 5,               //!< NAS-Port (integer)
        SERVICE_TYPE = 6,           //!< Service-Type (integer)
        FRAMED_MTU = 12,            //!< Framed-MTU (integer)
        STATE = 24,                 //!< State (string)
        VENDOR_SPECIFIC = 26,       //!< Vendor-Specific
        SESSION_TIMEOUT = 27,       //!< Session-Timeout (integer, seconds)
        CALLED_STATION_ID = 30,     //!< Called-Station-Id (text)
        CALLING_STATION_ID = 31,    //!< Calling-Station-Id (text)
        NAS_IDENTIFIER = 32,        //!< NAS-Identifier (text)
        NAS_PORT_TYPE = 61,         //!< NAS-Port-Type (integer)
        EAP_MESSAGE = 79,           //!< EAP-Message
        MESSAGE_AUTHENTICATOR = 80, //!< Message-Authenticator (16 octets)
    };

    /// One attribute.
    struct Attribute
    {
        uint8_t type{0};            //!< Type
        std::vector<uint8_t> value; //!< Value (0..253 octets)
    };

    /// An Access-Request with identifier 0, a zero authenticator and no attributes.
    RadiusPacket();
    /// \param code the code \param identifier the identifier
    RadiusPacket(uint8_t code, uint8_t identifier);

    /// \return the code
    uint8_t GetCode() const;
    /// \param code the code
    void SetCode(uint8_t code);
    /// \return the identifier
    uint8_t GetIdentifier() const;
    /// \param identifier the identifier
    void SetIdentifier(uint8_t identifier);
    /// \return the Authenticator field (as decoded, or as set)
    const Authenticator& GetAuthenticator() const;
    /// \param authenticator the Authenticator field (the Request Authenticator of a request)
    void SetAuthenticator(const Authenticator& authenticator);

    /// \param type the type \param value the value (at most 253 octets)
    void AddAttribute(uint8_t type, const std::vector<uint8_t>& value);
    /// \param type the type \param text the value (at most 253 octets)
    void AddStringAttribute(uint8_t type, const std::string& text);
    /// \param type the type \param value a 32-bit integer, big endian
    void AddIntegerAttribute(uint8_t type, uint32_t value);
    /// \param type the type \param address an IPv4 address
    void AddAddressAttribute(uint8_t type, Ipv4Address address);
    /// \param type a type \return the first attribute of that type, or nullptr
    const Attribute* FindAttribute(uint8_t type) const;
    /// \param type a type \param value its value \return false if absent
    bool FindAttribute(uint8_t type, std::vector<uint8_t>& value) const;
    /// \param type a type \param text its value \return false if absent
    bool FindStringAttribute(uint8_t type, std::string& text) const;
    /// \param type a type \param value its value \return false if absent or not 4 octets
    bool FindIntegerAttribute(uint8_t type, uint32_t& value) const;
    /// \param type a type \return how many attributes of that type the packet has
    std::size_t CountAttributes(uint8_t type) const;
    /// \param type every attribute of this type is removed
    void RemoveAttributes(uint8_t type);
    /// \return the attributes, in order
    const std::vector<Attribute>& GetAttributes() const;

    /**
     * Replace the EAP-Message attributes by \p eap split into attributes of at most 253
     * octets (RFC 3579 §3.1), placed at the end, and add a Message-Authenticator if there is
     * none (RFC 3579 §3.2 requires one with EAP-Message).
     * \param eap the EAP packet (not empty)
     */
    void SetEapMessage(const std::vector<uint8_t>& eap);
    /// \return the concatenated EAP-Message values (empty if none)
    std::vector<uint8_t> GetEapMessage() const;
    /// Add a Message-Authenticator attribute (16 zero octets, filled in by the encoders) if
    /// there is none.
    void AddMessageAuthenticator();

    /**
     * Add a Vendor-Specific attribute (RFC 2865 §5.26, with the vendor-type / vendor-length
     * sub-attribute layout of RFC 2548 §2).
     * \param vendorId the vendor (311: Microsoft)
     * \param vendorType the vendor's type
     * \param value the value (at most 247 octets)
     */
    void AddVendorAttribute(uint32_t vendorId,
                            uint8_t vendorType,
                            const std::vector<uint8_t>& value);
    /**
     * \param vendorId the vendor
     * \param vendorType the vendor's type
     * \param value the value of the first such sub-attribute
     * \return false if absent
     */
    bool FindVendorAttribute(uint32_t vendorId,
                             uint8_t vendorType,
                             std::vector<uint8_t>& value) const;

    /**
     * Encode an Access-Request (or another request): the Authenticator field as set, the
     * Message-Authenticator (if present) computed over the packet with its value zero.
     * \param secret the shared secret
     * \return the packet image
     */
    std::vector<uint8_t> EncodeRequest(const std::string& secret) const;
    /**
     * Encode a response (Access-Accept, -Reject, -Challenge): the Message-Authenticator (if
     * present) computed with the Request Authenticator in the Authenticator field (RFC 3579
     * §3.2), then the Response Authenticator MD5(Code | Identifier | Length | Request
     * Authenticator | Attributes | Secret) (RFC 2865 §3).
     * \param requestAuthenticator the Request Authenticator of the request answered
     * \param secret the shared secret
     * \return the packet image
     */
    std::vector<uint8_t> EncodeResponse(const Authenticator& requestAuthenticator,
                                        const std::string& secret) const;
    /**
     * Read a RADIUS packet (no authenticator is checked here).
     * \param bytes the bytes (octets after Length are ignored)
     * \param packet the packet (unspecified on failure)
     * \param why on failure, a short reason
     * \return true for a well-formed packet
     */
    static bool Decode(const std::vector<uint8_t>& bytes, RadiusPacket& packet, std::string& why);

    /**
     * Check the Response Authenticator of a response image.
     * \param bytes the response as received (a decodable packet)
     * \param requestAuthenticator the Request Authenticator of the request it answers
     * \param secret the shared secret
     * \return true if it matches
     */
    static bool VerifyResponseAuthenticator(const std::vector<uint8_t>& bytes,
                                            const Authenticator& requestAuthenticator,
                                            const std::string& secret);
    /**
     * Check the Message-Authenticator of a packet image.
     * \param bytes the packet as received (a decodable packet)
     * \param secret the shared secret
     * \param requestAuthenticator nullptr for a request; for a response, the Request
     *        Authenticator of the request it answers
     * \param required whether a missing Message-Authenticator is a failure
     * \param why on failure, the reason
     * \return true if it is present and correct, or absent and not required
     */
    static bool VerifyMessageAuthenticator(const std::vector<uint8_t>& bytes,
                                           const std::string& secret,
                                           const Authenticator* requestAuthenticator,
                                           bool required,
                                           std::string& why);

    /**
     * Encrypt an MS-MPPE-Send-Key / Recv-Key (RFC 2548 §2.4.2): Salt || C with
     * P = Key-Length || Key || zero padding to a multiple of 16, b(1) = MD5(S | R | Salt),
     * c(i) = p(i) xor b(i), b(i) = MD5(S | c(i-1)).
     * \param key the key (at most 239 octets)
     * \param secret S, the shared secret
     * \param requestAuthenticator R
     * \param salt the salt; its most significant bit is set here
     * \return the vendor attribute value (Salt and the encrypted string)
     */
    static std::vector<uint8_t> EncryptMppeKey(const std::vector<uint8_t>& key,
                                               const std::string& secret,
                                               const Authenticator& requestAuthenticator,
                                               uint16_t salt);
    /**
     * Decrypt an MS-MPPE-Send-Key / Recv-Key value.
     * \param value Salt || encrypted string (from the network)
     * \param secret the shared secret
     * \param requestAuthenticator the Request Authenticator of the request answered
     * \param key the key
     * \param why on failure, the reason
     * \return false for a bad size, a Salt without its top bit, a Key-Length beyond the
     *         string, or padding that is not zero (as with a wrong secret)
     */
    static bool DecryptMppeKey(const std::vector<uint8_t>& value,
                               const std::string& secret,
                               const Authenticator& requestAuthenticator,
                               std::vector<uint8_t>& key,
                               std::string& why);

    /// \param mac a MAC address \return "AA-BB-CC-DD-EE-FF" (RFC 3580 §3.21)
    static std::string StationId(Mac48Address mac);
    /// \param bssid the BSSID \param ssid the SSID \return "AA-BB-CC-DD-EE-FF:SSID" (RFC 3580
    /// §3.20)
    static std::string CalledStationId(Mac48Address bssid, const std::string& ssid);
    /// \param code a code \return its name ("Access-Request", ..., "Code 99")
    static std::string CodeName(uint8_t code);
    /// \param code a code \return true for Access-Accept, -Reject, -Challenge
    static bool IsAccessResponse(uint8_t code);
    /// \param data the data \return its MD5 digest (16 octets)
    static std::vector<uint8_t> Md5(const std::vector<uint8_t>& data);
    /// \param key the key \param data the data \return HMAC-MD5 (16 octets)
    static std::vector<uint8_t> HmacMd5(const std::vector<uint8_t>& key,
                                        const std::vector<uint8_t>& data);

  private:
    /// \param authenticator the Authenticator field \return the image, Message-Authenticator
    /// zero
    std::vector<uint8_t> Image(const Authenticator& authenticator) const;
    /**
     * Fill in the Message-Authenticator of an image, if it has one.
     * \param image the image, Message-Authenticator zero and the Authenticator field as the
     *        HMAC must see it
     * \param secret the shared secret
     */
    void FillMessageAuthenticator(std::vector<uint8_t>& image, const std::string& secret) const;
    /// \return the offset of the Message-Authenticator's value in the image, or 0 if none
    std::size_t MessageAuthenticatorOffset() const;

    uint8_t m_code;                      //!< Code
    uint8_t m_identifier;                //!< Identifier
    Authenticator m_authenticator;       //!< Authenticator
    std::vector<Attribute> m_attributes; //!< Attributes
};

} // namespace ns3

#endif /* WLC_RADIUS_PACKET_H */
