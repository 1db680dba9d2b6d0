/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_EAP_PACKET_H
#define WLC_EAP_PACKET_H

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * An EAP packet (RFC 3748 §4): Code (1 octet), Identifier (1), Length (2, big endian, the
 * whole packet), and for Request and Response a Type (1) and Type-Data.
 *
 * Decode requires Length >= 4 and Length <= the bytes given; Success and Failure must have
 * Length 4 exactly (§4.2), Request and Response at least 5 (§4.1). Octets after Length are
 * ignored (§4.1: "Octets outside the range of the Length field should be treated as Data Link
 * Layer padding") and counted in GetTrailingBytes().
 */
class EapPacket
{
  public:
    /// Size of Code, Identifier and Length.
    static constexpr std::size_t HEADER_SIZE = 4;

    /// EAP codes (RFC 3748 §4).
    enum Code : uint8_t
    {
        REQUEST = 1,  //!< Request
        RESPONSE = 2, //!< Response
        SUCCESS = 3,  //!< Success
        FAILURE = 4,  //!< Failure
    };

    /// EAP types used here (RFC 3748 §5).
    enum Type : uint8_t
    {
        IDENTITY = 1,       //!< Identity (§5.1)
        NOTIFICATION = 2,   //!< Notification (§5.2)
        NAK = 3,            //!< Legacy Nak, Response only (§5.3.1)
        EXPERIMENTAL = 255, //!< Experimental (§5.8)
    };

    /// A Request/Identity with identifier 0 and no type data.
    EapPacket();
    /**
     * A Request or Response.
     * \param code REQUEST or RESPONSE
     * \param identifier the identifier
     * \param type the type
     * \param typeData the type data
     */
    EapPacket(uint8_t code, uint8_t identifier, uint8_t type, const std::vector<uint8_t>& typeData);
    /**
     * \param code SUCCESS or FAILURE
     * \param identifier the identifier
     * \return a Success or Failure packet
     */
    static EapPacket MakeResult(uint8_t code, uint8_t identifier);

    /// \return the code
    uint8_t GetCode() const;
    /// \param code the code (1..4)
    void SetCode(uint8_t code);
    /// \return the identifier
    uint8_t GetIdentifier() const;
    /// \param identifier the identifier
    void SetIdentifier(uint8_t identifier);
    /// \return the type (meaningful for Request and Response only)
    uint8_t GetType() const;
    /// \param type the type (Request and Response only)
    void SetType(uint8_t type);
    /// \return the type data (Request and Response only)
    const std::vector<uint8_t>& GetTypeData() const;
    /// \param data the type data (at most 65530 bytes)
    void SetTypeData(const std::vector<uint8_t>& data);
    /// \return true for a Request or Response (which have a Type)
    bool HasType() const;
    /// \return the Length field of the encoded packet
    std::size_t GetLength() const;
    /// \return the number of octets after Length that Decode ignored
    std::size_t GetTrailingBytes() const;

    /// \return the packet image (Success and Failure: 4 bytes, without type or data)
    std::vector<uint8_t> Encode() const;
    /**
     * Read an EAP packet.
     * \param bytes the bytes (octets after Length are ignored)
     * \param packet the packet read (unspecified on failure)
     * \param why on failure, a short reason
     * \return true for a well-formed packet of code 1..4
     */
    static bool Decode(const std::vector<uint8_t>& bytes, EapPacket& packet, std::string& why);
    /// \param code a code \return its name ("Request", ..., "Code 7")
    static std::string CodeName(uint8_t code);
    /// \param type a type \return its name ("Identity", ..., "Type 25")
    static std::string TypeName(uint8_t type);
    /// \return a one-line summary ("Request/Identity id=1 len=5")
    std::string ToString() const;

  private:
    uint8_t m_code;                  //!< Code
    uint8_t m_identifier;            //!< Identifier
    uint8_t m_type;                  //!< Type (Request / Response)
    std::vector<uint8_t> m_typeData; //!< Type-Data (Request / Response)
    std::size_t m_trailing;          //!< octets after Length ignored by Decode
};

} // namespace ns3

#endif /* WLC_EAP_PACKET_H */
