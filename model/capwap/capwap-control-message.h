/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CAPWAP_CONTROL_MESSAGE_H
#define WLC_CAPWAP_CONTROL_MESSAGE_H

#include "capwap-constants.h"
#include "capwap-header.h"
#include "capwap-message-element.h"

#include "ns3/ptr.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

class Packet;

/**
 * \ingroup wlc
 * A CAPWAP control message (RFC 5415 §4.5): CAPWAP header (T = 0, K = 0, no fragmentation),
 * control header and message elements:
 *
 *     | Message Type (32) |
 *     | Seq Num (8) | Msg Element Length (16) | Flags (8) |
 *     | Msg Element [0..N] ... |
 *
 * Msg Element Length counts the bytes that follow the Sequence Number field (RFC 5415 §4.5.1),
 * that is the Length field itself, the Flags and the elements: 3 + sum of the element sizes.
 * OpenCAPWAP and SmartCAPWAP use the same convention; Wireshark ignores the field and dissects
 * elements up to the end of the datagram.
 */
class CapwapControlMessage
{
  public:
    static constexpr std::size_t CONTROL_HEADER_SIZE = 8; //!< Message Type to Flags
    /// Msg Element Length of a message without elements (Length and Flags fields).
    static constexpr uint16_t EMPTY_ELEMENT_LENGTH = 3;

    /// Create a message of type 0 with sequence number 0 and no elements.
    CapwapControlMessage();
    /// \param type the Message Type \param sequenceNumber the Sequence Number
    CapwapControlMessage(CapwapMessageType type, uint8_t sequenceNumber);
    /// \param type the Message Type \param sequenceNumber the Sequence Number
    CapwapControlMessage(uint32_t type, uint8_t sequenceNumber);

    /// \param type the Message Type
    void SetMessageType(uint32_t type);
    /// \param type the Message Type
    void SetMessageType(CapwapMessageType type);
    /// \return the Message Type
    uint32_t GetMessageType() const;
    /// \param type a Message Type \return true if this message has it
    bool Is(CapwapMessageType type) const;
    /// \return true for request types (odd values), false for responses (RFC 5415 §4.5.1.1)
    bool IsRequest() const;
    /// \param sequenceNumber the Sequence Number
    void SetSequenceNumber(uint8_t sequenceNumber);
    /// \return the Sequence Number
    uint8_t GetSequenceNumber() const;
    /// \param flags the control header Flags (RFC 5415: MUST be 0)
    void SetFlags(uint8_t flags);
    /// \return the control header Flags as received
    uint8_t GetFlags() const;
    /// \return the CAPWAP header, to set RID, WBID or the optional fields
    CapwapHeader& GetHeader();
    /// \return the CAPWAP header
    const CapwapHeader& GetHeader() const;

    /// Append an element. \param element the element
    void Add(CapwapMessageElement element);

    /**
     * Append a typed element (any type with `CapwapMessageElement ToElement() const`).
     * \param element the element
     */
    template <typename T>
    void Add(const T& element)
    {
        Add(element.ToElement());
    }

    /// \param type an element Type \return the first element of that type, or nullptr
    const CapwapMessageElement* Find(uint16_t type) const;
    /// \param type an element Type \return every element of that type, in order
    std::vector<CapwapMessageElement> FindAll(uint16_t type) const;

    /**
     * Decode the first element of type T::TYPE.
     * \param out the typed element
     * \param why the reason on failure ("missing ..." or the decoder's reason)
     * \return false if there is none or it does not decode
     */
    template <typename T>
    bool Get(T& out, std::string& why) const
    {
        const CapwapMessageElement* element = Find(T::TYPE);
        if (element == nullptr)
        {
            why = "missing " + CapwapElementTypeName(T::TYPE);
            return false;
        }
        return T::FromElement(*element, out, why);
    }

    /**
     * Decode every element of type T::TYPE.
     * \param out the typed elements (possibly none)
     * \param why the reason on failure
     * \return false if one of them does not decode
     */
    template <typename T>
    bool GetAll(std::vector<T>& out, std::string& why) const
    {
        out.clear();
        for (const auto& element : m_elements)
        {
            if (element.type == T::TYPE)
            {
                T typed;
                if (!T::FromElement(element, typed, why))
                {
                    return false;
                }
                out.push_back(typed);
            }
        }
        return true;
    }

    /// \return the elements, in order
    const std::vector<CapwapMessageElement>& GetElements() const;
    /// \return the Msg Element Length field: 3 + the size of the elements
    uint16_t GetMessageElementLength() const;
    /// \return the message size in bytes, CAPWAP header included
    std::size_t GetSerializedSize() const;

    /// \return the byte image (aborts if the elements exceed the 16-bit Msg Element Length)
    std::vector<uint8_t> Encode() const;
    /// \return a packet holding Encode()
    Ptr<Packet> ToPacket() const;
    /**
     * Decode and validate a control message: the CAPWAP header (see CapwapHeader::Decode),
     * T = 0, K = 0, F = 0, a complete control header, Msg Element Length >= 3 and equal to the
     * bytes following the Sequence Number, and elements that exactly fill it.
     * \param bytes the UDP payload
     * \param out the message
     * \param why the reason on failure
     * \return true on success
     */
    static bool Decode(const std::vector<uint8_t>& bytes,
                       CapwapControlMessage& out,
                       std::string& why);
    /**
     * Decode(ByteReader::PacketBytes(packet), ...).
     * \param packet the UDP payload
     * \param out the message
     * \param why the reason on failure
     * \return true on success
     */
    static bool FromPacket(Ptr<const Packet> packet, CapwapControlMessage& out, std::string& why);

  private:
    CapwapHeader m_header;                        //!< CAPWAP header
    uint32_t m_messageType;                       //!< Message Type
    uint8_t m_sequenceNumber;                     //!< Sequence Number
    uint8_t m_flags;                              //!< Flags
    std::vector<CapwapMessageElement> m_elements; //!< message elements
};

/**
 * Print "Name(type) seq=N [Element(type) len=L, ...]".
 * \param os the stream \param message the message \return the stream
 */
std::ostream& operator<<(std::ostream& os, const CapwapControlMessage& message);

/**
 * \param type a Message Type
 * \return its RFC 5415/5416 name, or "Unknown(type)"
 */
std::string CapwapMessageTypeName(uint32_t type);

} // namespace ns3

#endif /* WLC_CAPWAP_CONTROL_MESSAGE_H */
