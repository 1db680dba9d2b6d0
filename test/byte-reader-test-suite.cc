/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/packet.h"
#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

/**
 * \file
 * \ingroup wlc-tests
 * ByteReader and ByteWriter: byte order (network and little endian), bounds, sticky failure.
 */

namespace ns3
{
namespace
{

/// Values written by ByteWriter come back through ByteReader, in network byte order.
class ByteRoundTripTestCase : public TestCase
{
  public:
    ByteRoundTripTestCase()
        : TestCase("write and read back every field width in network byte order")
    {
    }

  private:
    void DoRun() override
    {
        ByteWriter writer;
        writer.WriteU8(0x01);
        writer.WriteU16(0x0203);
        writer.WriteU24(0x040506);
        writer.WriteU32(0x0708090a);
        writer.WriteU48(0x0b0c0d0e0f10ULL);
        writer.WriteMac(Mac48Address("aa:26:96:3e:4b:ee"));
        writer.WriteIpv4(Ipv4Address("10.99.81.40"));
        writer.WriteString("AP001");
        const std::vector<uint8_t> expected = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
                                               0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10,
                                               0xaa, 0x26, 0x96, 0x3e, 0x4b, 0xee, 10,   99,
                                               81,   40,   'A',  'P',  '0',  '0',  '1'};
        NS_TEST_ASSERT_MSG_EQ((writer.GetBytes() == expected), true, "byte image differs");

        std::vector<uint8_t> bytes = ByteReader::PacketBytes(writer.ToPacket());
        ByteReader reader(bytes);
        NS_TEST_ASSERT_MSG_EQ(unsigned(reader.ReadU8()), 0x01u, "u8");
        NS_TEST_ASSERT_MSG_EQ(reader.ReadU16(), 0x0203, "u16");
        NS_TEST_ASSERT_MSG_EQ(reader.ReadU24(), 0x040506u, "u24");
        NS_TEST_ASSERT_MSG_EQ(reader.ReadU32(), 0x0708090au, "u32");
        NS_TEST_ASSERT_MSG_EQ(reader.ReadU48(), 0x0b0c0d0e0f10ULL, "u48");
        NS_TEST_ASSERT_MSG_EQ(reader.ReadMac(), Mac48Address("aa:26:96:3e:4b:ee"), "mac");
        NS_TEST_ASSERT_MSG_EQ(reader.ReadIpv4(), Ipv4Address("10.99.81.40"), "ipv4");
        NS_TEST_ASSERT_MSG_EQ(reader.ReadString(5), "AP001", "string");
        NS_TEST_ASSERT_MSG_EQ(reader.IsDone(), true, "everything read");
    }
};

/// IEEE 802.11 fields, least significant byte first.
class ByteLittleEndianTestCase : public TestCase
{
  public:
    ByteLittleEndianTestCase()
        : TestCase("write and read back 16- and 32-bit values least significant byte first")
    {
    }

  private:
    void DoRun() override
    {
        ByteWriter writer;
        writer.WriteU16Le(0x0203);
        writer.WriteU32Le(0x0708090a);
        writer.WriteU16(0x0203);
        const std::vector<uint8_t> expected = {0x03, 0x02, 0x0a, 0x09, 0x08, 0x07, 0x02, 0x03};
        NS_TEST_ASSERT_MSG_EQ((writer.GetBytes() == expected), true, "byte image differs");

        ByteReader reader(expected);
        NS_TEST_ASSERT_MSG_EQ(reader.ReadU16Le(), 0x0203, "u16 le");
        NS_TEST_ASSERT_MSG_EQ(reader.ReadU32Le(), 0x0708090au, "u32 le");
        NS_TEST_ASSERT_MSG_EQ(reader.ReadU16Le(), 0x0302, "u16 le of a big-endian value");
        NS_TEST_ASSERT_MSG_EQ(reader.IsDone(), true, "everything read");

        const std::vector<uint8_t> three = {0x12, 0x34, 0x56};
        ByteReader shortReader(three);
        NS_TEST_ASSERT_MSG_EQ(shortReader.ReadU32Le(), 0u, "a read past the end returns 0");
        NS_TEST_ASSERT_MSG_EQ(shortReader.IsOk(), false, "the reader is marked failed");
        NS_TEST_ASSERT_MSG_EQ(shortReader.GetOffset(), 0u, "nothing consumed");
        NS_TEST_ASSERT_MSG_EQ(shortReader.ReadU16Le(), 0u, "failure is sticky");
    }
};

/// A read past the end reads nothing, returns zero and fails every later read.
class ByteBoundsTestCase : public TestCase
{
  public:
    ByteBoundsTestCase()
        : TestCase("reads past the end fail without touching memory and stay failed")
    {
    }

  private:
    void DoRun() override
    {
        const std::vector<uint8_t> bytes = {0x12, 0x34, 0x56};
        ByteReader reader(bytes);
        NS_TEST_ASSERT_MSG_EQ(reader.ReadU16(), 0x1234, "first read inside the image");
        NS_TEST_ASSERT_MSG_EQ(reader.ReadU32(), 0u, "a read past the end returns 0");
        NS_TEST_ASSERT_MSG_EQ(reader.IsOk(), false, "the reader is marked failed");
        NS_TEST_ASSERT_MSG_EQ(unsigned(reader.ReadU8()), 0u, "failure is sticky");
        NS_TEST_ASSERT_MSG_EQ(reader.GetOffset(), 2u, "nothing consumed by failed reads");

        ByteReader outer(bytes);
        ByteReader sub = outer.ReadSub(2);
        NS_TEST_ASSERT_MSG_EQ(sub.ReadU16(), 0x1234, "sub-reader sees its bytes");
        NS_TEST_ASSERT_MSG_EQ(sub.IsDone(), true, "sub-reader ends at its size");
        NS_TEST_ASSERT_MSG_EQ(unsigned(outer.ReadU8()), 0x56u, "outer reader skipped them");
        ByteReader tooLong = outer.ReadSub(1);
        NS_TEST_ASSERT_MSG_EQ(tooLong.IsOk(), false, "sub-reader beyond the end fails");
        NS_TEST_ASSERT_MSG_EQ(ByteReader(nullptr, 10).GetRemaining(), 0u, "null data is empty");
    }
};

/// The suite.
class ByteReaderTestSuite : public TestSuite
{
  public:
    ByteReaderTestSuite()
        : TestSuite("wlc-byte-reader", WLC_TEST_UNIT)
    {
        AddTestCase(new ByteRoundTripTestCase, WLC_TEST_QUICK);
        AddTestCase(new ByteLittleEndianTestCase, WLC_TEST_QUICK);
        AddTestCase(new ByteBoundsTestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
ByteReaderTestSuite g_byteReaderTestSuite;

} // namespace
} // namespace ns3
