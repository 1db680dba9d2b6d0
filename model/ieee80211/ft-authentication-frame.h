/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_FT_AUTHENTICATION_FRAME_H
#define WLC_FT_AUTHENTICATION_FRAME_H

#include "fast-bss-transition-element.h"
#include "mobility-domain-element.h"

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/rsn-element.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * The body of an IEEE 802.11 Authentication frame of the FT protocol over the air
 * (IEEE 802.11-2020 9.3.3.12, 13.5.1 / 13.8.2, 13.8.3): Authentication Algorithm Number (2,
 * little endian) = 2 (Fast BSS Transition), Authentication Transaction Sequence Number
 * (1 from the STA, 2 from the target AP), Status Code, then the elements RSNE (48), MDE (54),
 * FTE (55), Timeout Interval (56, in sequence 2: reassociation deadline), and any other element
 * (RIC, vendor specific, ...) kept raw in the order received.
 *
 * The RSNE, MDE and FTE are held both as the octets received (for the MIC of the
 * reassociation, which covers the elements as carried) and decoded. Encode writes the known
 * elements in the order of Table 9-37 (RSNE, MDE, FTE, Timeout Interval), then the others.
 * Decode is bounds-checked and never asserts: it rejects another algorithm, a sequence number
 * other than 1 or 2, an element that runs past the body, a repeated RSNE/MDE/FTE/Timeout
 * Interval, and a malformed one; whether the elements that a successful exchange needs are
 * present is left to the caller (a failure Status Code may come without them).
 */
class FtAuthenticationFrame
{
  public:
    static constexpr uint16_t ALGORITHM_FT = 2;            //!< Fast BSS Transition
    static constexpr uint16_t SEQ_REQUEST = 1;             //!< from the STA
    static constexpr uint16_t SEQ_RESPONSE = 2;            //!< from the target AP
    static constexpr uint16_t STATUS_SUCCESS = 0;          //!< Status Code SUCCESS
    static constexpr uint8_t TIMEOUT_INTERVAL_ID = 56;     //!< Timeout Interval element ID
    static constexpr uint8_t TIMEOUT_REASSOC_DEADLINE = 1; //!< reassociation deadline (TUs)
    static constexpr uint8_t TIMEOUT_KEY_LIFETIME = 2;     //!< key lifetime (seconds)
    static constexpr uint8_t TIMEOUT_ASSOC_COMEBACK = 3;   //!< association comeback (TUs)
    static constexpr std::size_t FIXED_SIZE = 6;           //!< the three fixed fields

    /// The Timeout Interval element (9.4.2.49): Type (1 octet) and Value (4, little endian).
    struct TimeoutInterval
    {
        uint8_t type{TIMEOUT_REASSOC_DEADLINE}; //!< Timeout Interval Type (1..3)
        uint32_t value{0};                      //!< Timeout Interval Value

        /// \param other another element \return true if type and value are equal
        bool operator==(const TimeoutInterval& other) const;
    };

    /// Another element, kept as received.
    struct Element
    {
        uint8_t id{0};             //!< Element ID
        std::vector<uint8_t> data; //!< the element's contents (after Element ID and Length)

        /// \param other another element \return true if ID and data are equal
        bool operator==(const Element& other) const;
    };

    /// Sequence 1, status 0, no element.
    FtAuthenticationFrame();

    /// \return the Authentication Transaction Sequence Number (1 or 2)
    uint16_t GetTransactionSequence() const;
    /// \param sequence the Authentication Transaction Sequence Number (1 or 2)
    void SetTransactionSequence(uint16_t sequence);
    /// \return the Status Code
    uint16_t GetStatusCode() const;
    /// \param status the Status Code
    void SetStatusCode(uint16_t status);

    /// \return true if an RSNE is present
    bool HasRsne() const;
    /// \return the RSNE as carried, Element ID and Length included (empty if absent)
    const std::vector<uint8_t>& GetRsneBytes() const;
    /// \return the RSNE decoded (only meaningful if present)
    const RsnElement& GetRsne() const;
    /// \param rsne the RSNE to carry
    void SetRsne(const RsnElement& rsne);
    /// Remove the RSNE.
    void ClearRsne();
    /// \return true if an MDE is present
    bool HasMde() const;
    /// \return the MDE as carried (empty if absent)
    const std::vector<uint8_t>& GetMdeBytes() const;
    /// \return the MDE decoded (only meaningful if present)
    const MobilityDomainElement& GetMde() const;
    /// \param mde the MDE to carry
    void SetMde(const MobilityDomainElement& mde);
    /// Remove the MDE.
    void ClearMde();
    /// \return true if an FTE is present
    bool HasFte() const;
    /// \return the FTE as carried (empty if absent)
    const std::vector<uint8_t>& GetFteBytes() const;
    /// \return the FTE decoded (only meaningful if present)
    const FastBssTransitionElement& GetFte() const;
    /// \param fte the FTE to carry
    void SetFte(const FastBssTransitionElement& fte);
    /// Remove the FTE.
    void ClearFte();
    /// \return true if a Timeout Interval element is present
    bool HasTimeoutInterval() const;
    /// \return the Timeout Interval element (only meaningful if present)
    const TimeoutInterval& GetTimeoutInterval() const;
    /// \param timeout the Timeout Interval element to carry (type 1..3)
    void SetTimeoutInterval(const TimeoutInterval& timeout);
    /// Remove the Timeout Interval element.
    void ClearTimeoutInterval();
    /// \return the other elements, in order
    const std::vector<Element>& GetOtherElements() const;
    /// \param element another element (not 48, 54, 55 or 56), appended
    void AddOtherElement(const Element& element);

    /// \return the encoded size of the body
    std::size_t GetSerializedSize() const;
    /// \param writer where to write the body
    void Encode(ByteWriter& writer) const;
    /// \return the body
    std::vector<uint8_t> Encode() const;
    /**
     * Read an FT Authentication frame body that extends to the end of \p reader.
     * \param reader the body (after the MAC header, FCS removed)
     * \param frame the frame read (unchanged on failure)
     * \param why on failure, a short reason
     * \return true for a well-formed FT Authentication body
     */
    static bool Decode(ByteReader& reader, FtAuthenticationFrame& frame, std::string& why);
    /**
     * \param bytes the body
     * \param frame the frame read
     * \param why on failure, a short reason
     * \return true on success
     */
    static bool Decode(const std::vector<uint8_t>& bytes,
                       FtAuthenticationFrame& frame,
                       std::string& why);

  private:
    uint16_t m_sequence;              //!< Authentication Transaction Sequence Number
    uint16_t m_status;                //!< Status Code
    std::vector<uint8_t> m_rsneBytes; //!< RSNE as carried, empty if absent
    RsnElement m_rsne;                //!< RSNE decoded
    std::vector<uint8_t> m_mdeBytes;  //!< MDE as carried, empty if absent
    MobilityDomainElement m_mde;      //!< MDE decoded
    std::vector<uint8_t> m_fteBytes;  //!< FTE as carried, empty if absent
    FastBssTransitionElement m_fte;   //!< FTE decoded
    bool m_hasTimeout;                //!< Timeout Interval present
    TimeoutInterval m_timeout;        //!< Timeout Interval
    std::vector<Element> m_others;    //!< other elements
};

} // namespace ns3

#endif /* WLC_FT_AUTHENTICATION_FRAME_H */
